using Reporting.Warehouse;

namespace Reporting.Ingest.Mapping;

/// <summary>A mapping file that cannot be used: the message names the file, the line and the key.</summary>
public sealed class MappingFileException(string message, Exception? inner = null) : UserInputException(message, inner);
