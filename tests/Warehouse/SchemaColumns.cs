using DuckDB.NET.Data;

namespace Reporting.Warehouse.Tests;

/// <summary>Every column of every table as "table.column TYPE NULL|NOT NULL", to compare two files' schemas exactly.</summary>
internal static class SchemaColumns
{
    public static async Task<IReadOnlyList<string>> ListAsync(DuckDBConnection connection) =>
        await connection.ListAsync<string>(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || CASE WHEN is_nullable THEN ' NULL' ELSE ' NOT NULL' END
            FROM duckdb_columns() WHERE NOT internal AND schema_name = 'main'
            ORDER BY table_name, column_index
            """);
}
