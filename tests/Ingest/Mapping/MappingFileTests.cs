using Reporting.Ingest.Columns;
using Reporting.Ingest.Mapping;

namespace Reporting.Ingest.Tests.Mapping;

/// <summary>A mapping file reads any tickets CSV: columns to fields, dates, lists and values; mistakes name their key.</summary>
public sealed class MappingFileTests
{
    private const string GermanExport =
        "Vorgang;Eröffnet;Erledigt;Zustand;Dringlichkeit;Titel;Beschreibung;Bereich;Schlagworte;Bearbeiter;Intern\n" +
        "V-100;17.11.2025 09:12;18.11.2025 14:30;Erledigt;1;Drucker offline;Seit heute früh;Büro-IT;drucker, netzwerk;Jonas Weber;x\n" +
        "V-101;30.03.2025 02:30;;Offen;3;Sommerzeit;Uhr springt;Büro-IT;;;\n" +
        "V-102;2025-11-17;;Neu;9;Nur ein Datum;;;;;\n";

    private const string GermanMapping = """
        delimiter: ";"
        columns:
          Vorgang: id
          Eröffnet: created_at
          Erledigt: resolved_at
          Zustand: status
          Dringlichkeit: priority
          Titel: subject
          Beschreibung: body
          Bereich: [service, tags]
          Schlagworte: tags
          Bearbeiter: assignee
        dates:
          format: dd.MM.yyyy HH:mm
          culture: de-DE
          time_zone: Europe/Berlin
        lists:
          separator: ","
        values:
          status: {Erledigt: solved, Offen: open}
          priority: {"1": urgent, "2": high, "3": normal}
        """;

    [Fact]
    public async Task A_mapping_file_reads_columns_dates_in_their_zone_lists_and_values()
    {
        var mapping = MappingFile.Parse(GermanMapping, "german.yaml");

        await using var ingested = await IngestedExport.IngestAsync("vorgaenge.csv", GermanExport, mapping);

        Assert.Equal((3L, 2L, 1L), (ingested.Summary.Total.Read, ingested.Summary.Total.Ingested, ingested.Summary.Total.Rejected));
        Assert.Equal(ingested.Summary.Total.Read, ingested.Summary.Total.Ingested + ingested.Summary.Total.Rejected);
        Assert.Equal(new StoredTicket
        {
            Id = "V-100",
            Created = "2025-11-17T08:12:00Z",
            Resolved = "2025-11-18T13:30:00Z",
            Status = "solved",
            Priority = "urgent",
            Subject = "Drucker offline",
            Body = "Seit heute früh",
            Service = "Büro-IT",
            Assignee = "Jonas Weber",
            Tags = "Büro-IT;drucker;netzwerk",
        }, await ingested.TicketAsync("V-100"));
        Assert.Equal(new StoredTicket { Id = "V-102", Created = "2025-11-16T23:00:00Z", Status = "neu", Priority = "9", Subject = "Nur ein Datum" },
            await ingested.TicketAsync("V-102"));
        Assert.Equal(["3 Eröffnet: Eröffnet '30.03.2025 02:30' does not exist in Europe/Berlin: the clocks skip that hour (daylight-saving change)"],
            await ingested.RejectsAsync());
    }

    [Fact]
    public async Task A_mapping_on_a_preset_changes_only_what_it_names()
    {
        var mapping = MappingFile.Parse("""
            preset: jira
            columns:
              Custom field (Team): team
            dates:
              formats: ["d'/'MMM'/'yy HH:mm"]
              time_zone: America/New_York
            """, "jira-24h.yaml");
        const string export = "Summary,Issue key,Created,Project key,Component/s,Priority,Custom field (Team)\nLogin loops,AUTH-7,17/Nov/25 21:12,AUTH,SSO,Highest,Identity\n";

        await using var ingested = await IngestedExport.IngestAsync("jira.csv", export, mapping);

        Assert.Equal(new StoredTicket
        {
            Id = "AUTH-7",
            Created = "2025-11-18T02:12:00Z",
            Priority = "urgent",
            Subject = "Login loops",
            Product = "AUTH",
            Service = "AUTH/SSO",
            Team = "Identity",
            Tags = "SSO",
        }, await ingested.TicketAsync("AUTH-7"));
        Assert.Equal("mapping file jira-24h.yaml (on the jira preset)", mapping.Title);
    }

    [Fact]
    public async Task A_column_the_mapping_names_but_the_file_lacks_is_refused_before_any_row_is_read()
    {
        var mapping = MappingFile.Parse("columns:\n  Ticket: id\n  Opened: created_at\n", "m.yaml");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => IngestedExport.IngestAsync("t.csv", "Ticket,Created\n1,2025-11-17\n", mapping));

        Assert.Equal("t.csv:1: mapping file m.yaml reads column(s) 'Opened', which the header does not have; found Ticket, Created", error.Message);
    }

    [Theory]
    [InlineData("columns:\n  Ticket: id\n  Opened: created_at\n  Owner: asignee\n",
        "m.yaml:4: columns.Owner: unknown field 'asignee'; fields are id, created_at, updated_at, first_response_at, resolved_at, status, priority, " +
        "type, channel, customer, reporter, subject, body, product, service, team, assignee, tags, duplicate_of, affected_versions, fix_versions, " +
        "time_spent_seconds, first_response_minutes")]
    [InlineData("colums:\n  Ticket: id\npreset: jira\n", "m.yaml:1: colums: unknown key; the keys here are preset, delimiter, columns, dates, lists, values")]
    [InlineData("preset: jyra\n", "m.yaml:1: preset: unknown preset 'jyra'; presets are jira, servicenow, freshdesk, zendesk")]
    [InlineData("columns:\n  Opened: created_at\n",
        "m.yaml: columns: no column is read into id, which every ticket needs (add a line such as `  Ticket number: id` under columns)")]
    [InlineData("preset: zendesk\ndates:\n  culture: xx-XX\n", "m.yaml:3: dates.culture: unknown culture 'xx-XX'; give one such as en-US, en-GB, de-DE or fr-FR")]
    [InlineData("preset: zendesk\ndates:\n  time_zone: Europe/Berln\n",
        "m.yaml:3: dates.time_zone: unknown time zone 'Europe/Berln'; give an IANA name such as Europe/Berlin or America/New_York, or UTC")]
    [InlineData("preset: zendesk\ndates:\n  format: yyyy-MM-dd HH:mm zzz\n",
        "m.yaml: dates.format 'yyyy-MM-dd HH:mm zzz': leave the offset out (z, K): an offset at the end of a value (Z, +01:00, +0100, UTC) is read on its own")]
    [InlineData("preset: zendesk\ndates:\n  zone: UTC\n", "m.yaml:3: dates.zone: unknown key; the keys here are format, formats, culture, time_zone")]
    [InlineData("preset: zendesk\nvalues:\n  colour: {red: high}\n", "m.yaml:3: values.colour: value maps are for status, priority, type, channel")]
    [InlineData("preset: zendesk\ndelimiter: \";;\"\n", "m.yaml:2: delimiter: ';;' is not one character such as \",\", \";\" or \"\\t\" (a tab)")]
    [InlineData("preset: zendesk\nlists:\n  separator: \"\"\n", "m.yaml:3: lists.separator: give the character(s) that separate list items, such as \";\" or \", \"")]
    [InlineData("columns: [Ticket, id]\npreset: jira\n", "m.yaml:1: columns: expected one line per column: `Column name: field` (or a list of fields)")]
    public void A_mistake_is_refused_naming_the_file_line_and_key(string yaml, string message)
    {
        var error = Assert.Throws<MappingFileException>(() => MappingFile.Parse(yaml, "m.yaml"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Text_that_is_not_yaml_is_refused_with_its_line()
    {
        var error = Assert.Throws<MappingFileException>(() => MappingFile.Parse("columns:\n  Ticket: id\n   Opened: [created_at\n", "m.yaml"));

        Assert.StartsWith("m.yaml:3: not valid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_can_be_read_from_a_column_and_a_column_into_several_fields()
    {
        var mapping = MappingFile.Parse("columns:\n  Key: id\n  Opened: created_at\n  Area: [service, tags]\n", "m.yaml");

        Assert.Equal(
            [new ColumnRule("Key", TicketField.Id, true), new ColumnRule("Opened", TicketField.CreatedAt, true),
             new ColumnRule("Area", TicketField.Service, true), new ColumnRule("Area", TicketField.Tags, true)],
            mapping.Columns);
    }
}
