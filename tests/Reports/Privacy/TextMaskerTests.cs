using Reporting.Reports.Privacy;

namespace Reporting.Reports.Tests.Privacy;

public class TextMaskerTests
{
    private readonly TextMasker _masker = TextMasker.Default;

    [Theory]
    [InlineData("Contact me at jane.doe+billing@acme-corp.co.uk please", "Contact me at [email] please")]
    [InlineData("call +49 30 1234 5678 or (555) 123-4567", "call [phone] or [phone]")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcDEF123456", "Authorization: Bearer [secret]")]
    [InlineData("config: api_key=sk_live_51HqLyjWDarjtT1zdp7dc", "config: api_key=[secret]")]
    [InlineData("password: hunter22 and token=abc123def", "password: [secret] and token=[secret]")]
    [InlineData("{\"client_secret\": \"s3cr3t-value\"}", "{\"client_secret\": \"[secret]\"}")]
    [InlineData("AWS key AKIAIOSFODNN7EXAMPLE leaked", "AWS key [secret] leaked")]
    [InlineData("card 4111 1111 1111 1111 declined", "card [card] declined")]
    public void Personal_data_and_secrets_are_masked(string text, string expected) =>
        Assert.Equal(expected, _masker.Mask(text));

    [Theory]
    [InlineData("Export fails at InvoiceRenderer.cs:line 212 in version 2.4.1")]
    [InlineData("Error code E1043 after 30 seconds, build 20260601")]
    [InlineData("HDFS-1234 duplicates HADOOP-11443")]
    [InlineData("at org.apache.hadoop.hdfs.DFSClient.create(DFSClient.java:1234)")]
    [InlineData("broken since 2026-06-01 on host 192.168.10.20")]
    public void Ordinary_ticket_text_with_numbers_is_left_alone(string text) => Assert.Equal(text, _masker.Mask(text));

    [Fact]
    public void Masking_can_be_switched_off_and_rules_replaced()
    {
        Assert.Equal("a@b.com", new TextMasker(enabled: false).Mask("a@b.com"));
        var custom = new TextMasker([new MaskingRule("order", @"ORD-\d+", "[order]")]);
        Assert.Equal("see [order] from a@b.com", custom.Mask("see ORD-991 from a@b.com"));
    }

    [Fact]
    public void Empty_and_null_text_are_safe() => Assert.Equal("", _masker.Mask(null));
}
