/// Invented people: ambassadors' names by region, and outside commenters' handles and display
/// names. Built from common first and last names in random pairs, so they name nobody real.
enum DemoNames {
    static let germanFirst = [
        "Anna", "Lena", "Sophie", "Marie", "Hannah", "Lea", "Johanna", "Clara", "Greta", "Ida", "Frieda", "Maren",
        "Katharina", "Sabine", "Petra", "Birte", "Wiebke", "Svenja", "Imke", "Anke", "Merle", "Kerstin", "Nadine", "Yasemin",
        "Lukas", "Jonas", "Finn", "Ben", "Paul", "Jan", "Niklas", "Hauke", "Ole", "Lars", "Torben", "Jens", "Matthias",
        "Stefan", "Thomas", "Michael", "Kai", "Sven", "Björn", "Timo", "Mehmet", "Enno", "Jörn", "Arne", "Fynn", "Till",
    ]
    static let germanLast = [
        "Hansen", "Jensen", "Petersen", "Schmidt", "Müller", "Schröder", "Meyer", "Wagner", "Becker", "Hoffmann", "Krüger",
        "Lorenzen", "Carstens", "Thomsen", "Nissen", "Paulsen", "Clausen", "Asmussen", "Bahr", "Voß", "Kröger", "Lüders",
        "Brodersen", "Iwersen", "Jessen", "Möller", "Schulz", "Wolter", "Hinrichs", "Ketelsen", "Dücker", "Şahin", "Yılmaz",
        "Kowalski", "Nowak", "Rahmani", "Böhm", "Köhler", "Wiese", "Fuhrmann",
    ]
    /// Ambassadors abroad, by time zone: first and last names typical there.
    static let abroad: [String: (first: [String], last: [String])] = [
        "America/New_York": (["Emily", "Jacob", "Olivia", "Marcus", "Rachel", "Daniel"], ["Whitman", "Brooks", "Carter", "Donovan", "Reyes", "Sullivan"]),
        "Asia/Kolkata": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram"], ["Raman", "Iyer", "Deshpande", "Kulkarni", "Menon", "Bhat"]),
        "America/Sao_Paulo": (["Lucas", "Beatriz", "Rafael", "Camila", "Thiago", "Larissa"], ["Ferreira", "Almeida", "Carvalho", "Moraes", "Teixeira", "Barros"]),
        "Asia/Shanghai": (["Mei", "Hao", "Xinyi", "Jun", "Lin", "Yutong"], ["Chen", "Zhou", "Huang", "Xu", "Gao", "Lin"]),
        "Asia/Seoul": (["Ji-woo", "Min-jun", "Seo-yeon", "Ha-eun", "Do-hyun", "Su-bin"], ["Park", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    ]

    /// Parts of outside commenters' handles (invented).
    static let handleWords = [
        "nordwind", "kuestenkind", "stromer", "watt", "deichgraf", "moewe", "leuchtturm", "kritischer_blick", "buergerin",
        "energiefan", "skeptiker", "ingenieur", "pendler", "oma_elke", "hafenkind", "sturmfrei", "klartext", "fragsteller",
        "technikfreund", "nachbar", "windhund", "eco", "realist", "dorfkind", "grid_nerd", "solarpeter", "kuestenwache",
        "schreibtisch", "feierabend", "kaffeetasse", "meinungsfrei", "stadtwerker", "energy_watch", "greenfuture", "netzgucker",
    ]
}
