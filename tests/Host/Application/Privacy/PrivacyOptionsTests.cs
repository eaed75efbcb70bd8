using Microsoft.Extensions.Configuration;
using Reporting.Host.Application.Privacy;

namespace Reporting.Host.Tests.Application.Privacy;

/// <summary>Masking rules come from the <c>Privacy</c> configuration section, the same for the service and every verb.</summary>
public sealed class PrivacyOptionsTests
{
    private const string Text = "Call +49 30 1234 5678 or mail jane.doe@acme.example about order ORD-123456";

    private static string Mask(params (string Key, string Value)[] settings) =>
        PrivacyOptions.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build()).Mask(Text);

    [Fact]
    public void Without_configuration_the_built_in_rules_mask_addresses_and_numbers()
    {
        Assert.Equal("Call [phone] or mail [email] about order ORD-123456", Mask());
    }

    [Fact]
    public void A_built_in_rule_can_be_left_out_and_a_company_rule_added()
    {
        Assert.Equal("Call +49 30 1234 5678 or mail [email] about order [order]", Mask(
            ("Privacy:DisabledRules:0", "phone"),
            ("Privacy:ExtraRules:0:Name", "order"), ("Privacy:ExtraRules:0:Pattern", @"ORD-\d{6}"), ("Privacy:ExtraRules:0:Replacement", "[order]")));
    }

    [Fact]
    public void Masking_can_be_switched_off()
    {
        Assert.Equal(Text, Mask(("Privacy:Masking", "false")));
    }

    [Fact]
    public void An_unknown_rule_or_an_invalid_pattern_is_refused_with_the_key_named()
    {
        var unknown = Assert.Throws<InvalidDataException>(() => Mask(("Privacy:DisabledRules:0", "fax")));
        var invalid = Assert.Throws<InvalidDataException>(() => Mask(
            ("Privacy:ExtraRules:0:Name", "broken"), ("Privacy:ExtraRules:0:Pattern", "(unclosed"), ("Privacy:ExtraRules:0:Replacement", "x")));

        Assert.StartsWith("Privacy:DisabledRules names unknown rules fax (known: private-key, bearer", unknown.Message, StringComparison.Ordinal);
        Assert.StartsWith("Privacy:ExtraRules 'broken' has an invalid pattern:", invalid.Message, StringComparison.Ordinal);
    }
}
