namespace Reporting.Samples;

/// <summary>The regions customers come from, weighted roughly like a European SaaS vendor's customer base.</summary>
internal static class CustomerRegions
{
    private static readonly string[] UsStarts =
    [
        "Blue Harbor", "Granite", "Liberty", "Summit", "Evergreen", "Ironwood", "Maple", "Keystone", "Silver Lake",
        "Cedar", "Pioneer", "Bayview", "Golden Gate", "Redwood", "Cascade", "Sierra", "Pacific Crest", "Sunset",
    ];

    private static readonly string[] UsCores =
        [" Analytics", " Health", " Logistics", " Software", " Labs", " Outfitters", " Financial", " Media", " Robotics"];

    private static readonly string[] UsForms = [", Inc.", " Inc", " LLC", " Corp.", " Co."];

    private static readonly string[] UsFirst =
        ["Michael", "Jennifer", "David", "Ashley", "Chris", "Jessica", "Brandon", "Megan", "Tyler", "Lauren", "DeShawn", "Maria"];

    private static readonly string[] UsLast =
        ["Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thomas", "Jackson", "Nguyen"];

    public static readonly IReadOnlyList<CustomerRegion> All =
    [
        new("DE", 60, DaylightSavingRule.Europe, "de", 0.35, "+49 89 ### ####", 40,
            ["Lukas", "Anna", "Jürgen", "Sabine", "Maximilian", "Katrin", "Sören", "Jörg", "Lea", "Björn", "Ute", "Felix"],
            ["Müller", "Schmidt", "Schäfer", "Köhler", "Weiß", "Becker", "Hoffmann", "Groß", "Wagner", "Krüger", "Böhm", "Neumann"],
            ["Nord", "Süd", "Alpen", "Rhein", "Hanse", "Elb", "Isar", "Main", "Brücken", "Sonnen", "Wald", "Berg"],
            ["licht", "werk", "tech", "logistik", "daten", "bau", "handel", "medien", "energie", "systeme"],
            [" GmbH", " AG", " GmbH & Co. KG", " KG", " e.K."],
            ["Müller & Söhne KG", "Bäckerei Schäfer GmbH", "Straßenbau Kühn AG", "Grün & Groß Möbelhaus GmbH"]),
        new("UK", 0, DaylightSavingRule.Europe, "en", 0, "+44 20 7946 0###", 30,
            ["Oliver", "Amelia", "Harry", "Isla", "George", "Sophie", "Jack", "Charlotte", "Callum", "Aoife"],
            ["Smith", "Taylor", "Davies", "Evans", "Wilson", "O'Brien", "Thompson", "Walsh", "Patel", "Hughes"],
            ["Thames", "Harbour", "Oakwood", "Kingsley", "Brightwater", "Redbrick", "Northgate", "Ashford", "Penrose", "Whitby"],
            [" Analytics", " Logistics", " Digital", " Retail", " Health", " Partners", " Foods", " Media"],
            [" Ltd", " plc", " Group Ltd", " LLP"],
            ["Smith, Jones & Partners LLP"]),
        new("FR", 60, DaylightSavingRule.Europe, "fr", 0.35, "+33 1 ## ## ## ##", 18,
            ["Léa", "Hugo", "Chloé", "Théo", "Manon", "Étienne", "Zoé", "Mathéo", "Inès", "Raphaël"],
            ["Dupont", "Lefèvre", "Moreau", "Girard", "Fontaine", "Bérénger", "Rousseau", "Lemaître", "Chevalier", "Faure"],
            ["Atelier ", "Éditions ", "Groupe ", "Maison ", "Société ", "Laboratoires "],
            ["Lumière", "Côté Sud", "Belle Époque", "Rivière", "Château Vert", "Crème", "Mistral", "Étoile"],
            [" SAS", " SARL", " SA"],
            ["Café \"Le Zinc\" SARL"]),
        new("ES", 60, DaylightSavingRule.Europe, "es", 0.35, "+34 91 ### ## ##", 14,
            ["Lucía", "Alejandro", "María", "Javier", "Sofía", "Álvaro", "Carmen", "Iñigo", "Paula", "Andrés"],
            ["García", "Fernández", "López", "Martínez", "Sánchez", "Gómez", "Muñoz", "Jiménez", "Ibáñez", "Ruiz"],
            ["Grupo ", "Industrias ", "Talleres ", "Distribuciones ", ""],
            ["Peñalara", "Sol y Mar", "Andalucía", "Iberia Verde", "Montaña", "Niño Azul", "Castilla"],
            [" S.L.", " S.A.", " S.L.U."],
            []),
        new("PL", 60, DaylightSavingRule.Europe, "en", 0, "+48 22 ### ## ##", 10,
            ["Łukasz", "Agnieszka", "Paweł", "Katarzyna", "Michał", "Małgorzata", "Piotr", "Zofia"],
            ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska"],
            ["Wisła", "Kraków", "Łódź", "Gdańsk", "Poznań", "Bałtyk", "Mazury"],
            [" Transport", " Software", " Handel", " Systemy", " Logistyka"],
            [" Sp. z o.o.", " S.A."],
            []),
        new("NL", 60, DaylightSavingRule.Europe, "en", 0, "+31 20 ### ####", 10,
            ["Daan", "Sanne", "Bram", "Femke", "Joris", "Lotte", "Sem", "Anouk"],
            ["de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer"],
            ["Van der Berg", "De Molen", "Oranje", "Zuiderzee", "Polder", "Grachten"],
            [" Techniek", " Logistiek", " Groep", " Diensten"],
            [" B.V.", " N.V."],
            []),
        new("NORDICS", 60, DaylightSavingRule.Europe, "en", 0, "+46 8 ### ### ##", 12,
            ["Erik", "Astrid", "Søren", "Sigrid", "Lars", "Maja", "Åsa", "Mikkel", "Linnéa", "Jørgen"],
            ["Andersson", "Nielsen", "Johansson", "Hansen", "Lindqvist", "Sørensen", "Berg", "Åberg", "Holm", "Dahl"],
            ["Fjäll", "Nordvik", "Ålesund", "Skåne", "Fjord", "Lykke", "Bjørk", "Väster"],
            ["line", " Data", " Energi", " Design", " Shipping"],
            [" AB", " AS", " ApS", " Oy"],
            []),
        new("US-EAST", -300, DaylightSavingRule.UnitedStates, "en", 0, "+1 212-555-01##", 28,
            UsFirst, UsLast, UsStarts, UsCores, UsForms, ["The \"Good Coffee\" Company"]),
        new("US-WEST", -480, DaylightSavingRule.UnitedStates, "en", 0, "+1 415-555-01##", 22,
            UsFirst, UsLast, UsStarts, UsCores, UsForms, []),
        new("BR", -180, DaylightSavingRule.None, "pt", 0.3, "+55 11 9####-####", 14,
            ["João", "Ana", "Lucas", "Júlia", "Gabriel", "Beatriz", "Thiago", "Letícia", "Rafael", "Camila"],
            ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Conceição", "Gonçalves", "Araújo", "Lima", "Magalhães"],
            ["São Paulo", "Açaí", "Ipê", "Cerrado", "Paraná", "Guaraná", "Ação"],
            [" Têxtil", " Tecnologia", " Comércio", " Logística", " Alimentos"],
            [" Ltda", " S.A.", " ME"],
            []),
        new("MX", -360, DaylightSavingRule.None, "es", 0.5, "+52 55 #### ####", 8,
            ["José", "Guadalupe", "Luis", "Fernanda", "Diego", "Ximena", "Carlos", "Valeria"],
            ["Hernández", "González", "Rodríguez", "Pérez", "Ramírez", "Cruz", "Flores", "Ortíz"],
            ["Azteca", "Jalisco", "Monterrey", "Sierra Madre", "Yucatán"],
            [" Servicios", " Comercial", " Industrias"],
            [" S.A. de C.V.", " S. de R.L."],
            []),
        new("JP", 540, DaylightSavingRule.None, "ja", 0.45, "+81 3-####-####", 14,
            ["Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Sota", "Hina", "Daiki"],
            ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Yamamoto"],
            ["Sakura", "Fuji", "Aoba", "Tokai", "Hikari", "Kaze"],
            [" Trading", " Systems", " Logistics", " Manufacturing"],
            [" K.K.", " Co., Ltd."],
            ["株式会社さくら商事", "富士物流株式会社", "株式会社青葉システム", "東海製作所株式会社"]),
        new("IN", 330, DaylightSavingRule.None, "en", 0, "+91 98### #####", 12,
            ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Divya"],
            ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Menon", "Kulkarni", "Chatterjee", "Singh"],
            ["Ganga", "Lotus", "Sahyadri", "Indus", "Kaveri", "Deccan", "Himalaya"],
            [" Infotech", " Solutions", " Pharma", " Textiles", " Retail"],
            [" Pvt. Ltd.", " Ltd."],
            []),
        new("AU", 600, DaylightSavingRule.SouthEastAustralia, "en", 0, "+61 491 570 ###", 12,
            ["Jack", "Chloe", "Lachlan", "Mia", "Cooper", "Ruby", "Riley", "Zara"],
            ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Kelly"],
            ["Southern Cross", "Eucalypt", "Bondi", "Outback", "Coral", "Wattle", "Harbourside"],
            [" Analytics", " Logistics", " Health", " Media", " Mining"],
            [" Pty Ltd"],
            []),
    ];
}
