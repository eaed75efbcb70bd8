using Reporting.Ingest.Company;

namespace Reporting.Samples;

/// <summary>Fictional names for engineers and product managers (deliberately diverse, many with non-ASCII letters).</summary>
internal static class PeopleCatalog
{
    public static readonly IReadOnlyList<string> Engineers =
    [
        "Jonas Weber", "Zoë Hartmann", "Łukasz Nowak", "Søren Madsen", "José Álvarez", "Nguyễn Thị Ngọc",
        "Björn Lindqvist", "Ayşe Yılmaz", "Chidi Okafor", "Mei Lin", "Rahul Mehta", "Siobhán Byrne",
        "François Lefèvre", "Kwame Mensah", "Ingrid Haugen", "Mateo Fernández", "Aiko Yamamoto", "Dmitri Volkov",
        "Fatima Al-Sayed", "Emily Carter", "Noah Schmidt", "Camille Dubois", "Tomasz Wiśniewski", "Leilani Kahale",
        "Sven Johansson", "Amara Nwosu", "Hiroshi Tanaka", "Isabella Rossi", "Yusuf Demir", "Clara Núñez",
        "Oliver Brown", "Anaïs Girard", "Kofi Boateng", "Ji-woo Park", "Pedro Gonçalves", "Maja Kowalczyk",
        "Arjun Nair", "Freya Olsen", "Daniel Cohen", "Lucía Romero", "Matthias Krüger", "Sofia Ekström",
        "Tariq Haddad", "Hannah Becker", "Wei Zhang", "Gabriel Silva", "Élodie Marchand", "Niamh Kelly",
        "Rafael Ortega", "Anya Petrova", "Karim Benali", "Sarah O'Neill", "Timo Virtanen", "Đặng Văn Minh",
        "Olga Dvořáková", "Henrik Nyström", "Valentina Cruz", "Ravi Iyer", "Greta Lindahl", "Chiara Bianchi",
    ];

    public static readonly IReadOnlyList<ProductManager> ProductManagers =
    [
        new("Ana Souza", "ana.souza@example.com", "America/Sao_Paulo"),
        new("Zoë Fischer", "zoe.fischer@example.com", "Europe/Berlin"),
        new("Haruto Satō", "haruto.sato@example.org", "Asia/Tokyo"),
        new("Priya Raghunathan", "priya.raghunathan@example.com", "Asia/Kolkata"),
        new("Liam O'Connor", "liam.oconnor@example.com", "Europe/London"),
        new("Grace Kim", "grace.kim@example.org", "America/Los_Angeles"),
        new("Marcus Johnson", "marcus.johnson@example.com", "America/New_York"),
        new("Olivia Trần", "olivia.tran@example.org", "Australia/Sydney"),
    ];
}
