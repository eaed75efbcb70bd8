namespace Reporting.Samples;

/// <summary>Why a ticket exists: ordinary traffic, the bug tail after a release, or a report of a recurring problem.</summary>
internal enum TicketSource
{
    Background,
    ReleaseTail,
    Family,
}
