using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Reporting.Ingest.Company;

/// <summary>Writes lists of plain strings on one line (services: [a, b, c]) so teams.yaml stays short to read.</summary>
internal sealed class StringListsInFlowStyle(IEventEmitter nextEmitter) : ChainedEventEmitter(nextEmitter)
{
    public override void Emit(SequenceStartEventInfo eventInfo, YamlDotNet.Core.IEmitter emitter)
    {
        if (eventInfo.Source.Type == typeof(List<string?>))
        {
            eventInfo.Style = SequenceStyle.Flow;
        }

        base.Emit(eventInfo, emitter);
    }
}
