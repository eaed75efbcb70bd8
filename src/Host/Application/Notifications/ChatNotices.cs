using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Notifications;

/// <summary>What there is to tell, and the recurring-group state changes seen while collecting it (remembered once told).</summary>
public sealed record ChatNotices(IReadOnlyList<ChatNotice> Notices, IReadOnlyList<GroupStateChange> GroupChanges);
