/// ISO 639-1 codes of the languages most asked for in English hospitals, with their English names
/// and their own names (as their speakers write them).
enum LanguageTable {
    struct Entry {
        let english: String
        let own: String
        let rightToLeft: Bool
    }

    static let entries: [String: Entry] = {
        var table: [String: Entry] = [:]
        for (code, english, own, rtl) in rows { table[code] = Entry(english: english, own: own, rightToLeft: rtl) }
        return table
    }()

    private static let rows: [(String, String, String, Bool)] = [
        ("am", "Amharic", "አማርኛ", false),
        ("ar", "Arabic", "العربية", true),
        ("bg", "Bulgarian", "български", false),
        ("bn", "Bengali", "বাংলা", false),
        ("cs", "Czech", "čeština", false),
        ("cy", "Welsh", "Cymraeg", false),
        ("da", "Danish", "dansk", false),
        ("de", "German", "Deutsch", false),
        ("el", "Greek", "Ελληνικά", false),
        ("en", "English", "English", false),
        ("es", "Spanish", "español", false),
        ("et", "Estonian", "eesti", false),
        ("fa", "Farsi (Persian)", "فارسی", true),
        ("fi", "Finnish", "suomi", false),
        ("fr", "French", "français", false),
        ("ga", "Irish", "Gaeilge", false),
        ("gd", "Scottish Gaelic", "Gàidhlig", false),
        ("gu", "Gujarati", "ગુજરાતી", false),
        ("he", "Hebrew", "עברית", true),
        ("hi", "Hindi", "हिन्दी", false),
        ("hr", "Croatian", "hrvatski", false),
        ("hu", "Hungarian", "magyar", false),
        ("hy", "Armenian", "հայերեն", false),
        ("id", "Indonesian", "Bahasa Indonesia", false),
        ("ig", "Igbo", "Igbo", false),
        ("it", "Italian", "italiano", false),
        ("ja", "Japanese", "日本語", false),
        ("ka", "Georgian", "ქართული", false),
        ("km", "Khmer", "ខ្មែរ", false),
        ("ko", "Korean", "한국어", false),
        ("ku", "Kurdish", "Kurdî", false),
        ("lt", "Lithuanian", "lietuvių", false),
        ("lv", "Latvian", "latviešu", false),
        ("mk", "Macedonian", "македонски", false),
        ("ml", "Malayalam", "മലയാളം", false),
        ("mr", "Marathi", "मराठी", false),
        ("ms", "Malay", "Bahasa Melayu", false),
        ("ne", "Nepali", "नेपाली", false),
        ("nl", "Dutch", "Nederlands", false),
        ("no", "Norwegian", "norsk", false),
        ("om", "Oromo", "Afaan Oromoo", false),
        ("pa", "Punjabi", "ਪੰਜਾਬੀ", false),
        ("pl", "Polish", "polski", false),
        ("ps", "Pashto", "پښتو", true),
        ("pt", "Portuguese", "português", false),
        ("ro", "Romanian", "română", false),
        ("ru", "Russian", "русский", false),
        ("si", "Sinhala", "සිංහල", false),
        ("sk", "Slovak", "slovenčina", false),
        ("sl", "Slovenian", "slovenščina", false),
        ("so", "Somali", "Soomaali", false),
        ("sq", "Albanian", "shqip", false),
        ("sr", "Serbian", "српски", false),
        ("sv", "Swedish", "svenska", false),
        ("sw", "Swahili", "Kiswahili", false),
        ("ta", "Tamil", "தமிழ்", false),
        ("te", "Telugu", "తెలుగు", false),
        ("th", "Thai", "ไทย", false),
        ("ti", "Tigrinya", "ትግርኛ", false),
        ("tl", "Tagalog", "Tagalog", false),
        ("tr", "Turkish", "Türkçe", false),
        ("tw", "Twi", "Twi", false),
        ("uk", "Ukrainian", "українська", false),
        ("ur", "Urdu", "اردو", true),
        ("vi", "Vietnamese", "Tiếng Việt", false),
        ("yi", "Yiddish", "ייִדיש", true),
        ("yo", "Yoruba", "Yorùbá", false),
        ("zh", "Chinese", "中文", false),
    ]
}
