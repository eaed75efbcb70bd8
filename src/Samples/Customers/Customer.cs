namespace Reporting.Samples;

/// <summary>
/// A customer company. Weight is how much it files relative to others (a few big accounts, a long tail);
/// ServiceAffinity holds, per catalog service index, how much more or less it uses that service than average.
/// EmailFooter is the legal disclaimer its mail server appends (empty for most customers).
/// </summary>
internal sealed record Customer(
    string Name,
    CustomerRegion Region,
    IReadOnlyList<CustomerContact> Contacts,
    double Weight,
    bool IsKeyAccount,
    IReadOnlyList<double> ServiceAffinity,
    string EmailFooter);
