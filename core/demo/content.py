"""The demo content as data: the facts of the five source documents, in the site's own words.

Every text sits under its language code, "ar" (the source) and "fr" (its translation), while
dates, figures, codes and references to other objects sit outside it, shared by every language.
The "fr" of a page has the shape of its "ar": the same stream blocks in the same order, the same
inline rows (giving only what is translated: a row's figures and a person's name follow the
Arabic unless the French says otherwise).

People's names are written in French in Latin letters, the way the Moroccan French-language press
writes them: ou for و, ch for ش, kh for خ, j for ج, k for ق, the article as "El" (assimilated
before a sun letter: Essabbar). The one name a document spells in Latin letters is kept as it does
(the Rabat workshop's facilitator, Youssef Laaraj). In the team lists, focal points and contacts,
names are synchronised fields: the French spelling is the translation's override of the Arabic,
as an editor sets it in wagtail-localize's editor.
Pages are listed parents first; `key` is how other entries refer to a page, `slug` is where it
lives under its parent (and what makes the loader idempotent).

Sources, by seed file: 000 the Saïdia communication workshop report; 001 Meknès's news page;
002 the Larache meeting of 2016; 003 the press article on the closing of the Saïdia meeting;
004 the synthesis report of the Rabat networking workshop.
"""

from .spec import at, category, day, document, h2, h3, image, ol, page, rich, theme, ul

NETWORK_NAME = {
    "ar": "الشبكة المغربية للجماعات الترابية المنفتحة",
    "fr": "Réseau Marocain des Collectivités Territoriales Ouvertes",
}

# Collections are made by `members.roles`: the network's shared one ("network" below) and one
# per member (keyed below by the member's slug), so that officers' permissions follow them.

# The composition the network declared at its Saïdia meeting (13 November 2024), out of Morocco's 1,590
# collectivities (12 regions, 75 prefecture and province councils, 1,503 communes).
NETWORK_SETTINGS = {
    "total_collectivities": 1590,
    "member_regions": 12,
    "member_councils": 7,
    "member_communes": 107,
    "composition_date": day("2024-11-13"),
    "founded": day("2022-10-21"),
}

# The site's colours, used by the generated images.
COLOURS = {
    "green": "#0b6e4f",
    "terracotta": "#b5452f",
    "saffron": "#e0a030",
    "indigo": "#1d3557",
    "turquoise": "#2a9d8f",
    "sand": "#f4ead5",
}

# --- Taxonomies -------------------------------------------------------------------------------
# Regions take their names from the national register (core.register); only their Latin slugs
# are chosen here, by HCP code.
REGION_SLUGS = {
    "01": "tanger-tetouan-al-hoceima",
    "02": "oriental",
    "03": "fes-meknes",
    "04": "rabat-sale-kenitra",
    "05": "beni-mellal-khenifra",
    "06": "casablanca-settat",
    "07": "marrakech-safi",
    "08": "draa-tafilalet",
    "09": "souss-massa",
    "10": "guelmim-oued-noun",
    "11": "laayoune-sakia-el-hamra",
    "12": "dakhla-oued-ed-dahab",
}

NEWS_CATEGORIES = [
    {"slug": "communique", "name": {"ar": "بلاغ", "fr": "Communiqué"}},
    {"slug": "council-session", "name": {"ar": "دورات المجلس", "fr": "Sessions du conseil"}},
    {"slug": "services", "name": {"ar": "خدمات", "fr": "Services"}},
    {"slug": "announcements", "name": {"ar": "إعلانات", "fr": "Avis et annonces"}},
    {"slug": "event-report", "name": {"ar": "تقرير عن نشاط", "fr": "Compte rendu d'activité"}},
    {"slug": "network-news", "name": {"ar": "أخبار الشبكة", "fr": "Actualités du réseau"}},
]

EXPERIENCE_THEMES = [
    {
        "slug": "citizen-office",
        "name": {"ar": "مكتب المواطن", "fr": "Bureau du citoyen"},
        "description": {
            "ar": "فضاء داخل الجماعة يستقبل المواطنات والمواطنين ويخدمهم ويشركهم في الشأن المحلي.",
            "fr": "Un espace de la commune qui accueille les citoyennes et les citoyens, les sert et les associe.",
        },
    },
    {
        "slug": "access-to-information",
        "name": {
            "ar": "الحق في الحصول على المعلومات والنشر الاستباقي",
            "fr": "Droit d'accès à l'information et publication proactive",
        },
        "description": {
            "ar": "تمكين المواطنين من المعلومات، ونشر المعطيات بمبادرة من الجماعة قبل أن تُطلب.",
            "fr": "Donner accès à l'information et publier les données à l'initiative de la collectivité.",
        },
    },
    {
        "slug": "complaint-handling",
        "name": {"ar": "تدبير الشكايات", "fr": "Gestion des réclamations"},
        "description": {
            "ar": "تلقي الشكايات ومعالجتها في آجال معقولة والرد عليها.",
            "fr": "Recevoir les réclamations, les traiter dans des délais maîtrisés et y répondre.",
        },
    },
    {
        "slug": "participatory-evaluation",
        "name": {"ar": "التقييم التشاركي", "fr": "Évaluation participative"},
        "description": {
            "ar": "تقييم الخدمات والبرامج الجماعية بمشاركة المواطنين والمجتمع المدني.",
            "fr": "Évaluer les services et les programmes avec les citoyens et la société civile.",
        },
    },
    {
        "slug": "reception-and-procedures",
        "name": {"ar": "الاستقبال وتبسيط المساطر", "fr": "Accueil et simplification des procédures"},
        "description": {
            "ar": "تحسين ظروف استقبال المرتفقين وتبسيط المساطر الإدارية.",
            "fr": "Améliorer l'accueil des usagers et simplifier les procédures administratives.",
        },
    },
    {
        "slug": "communication-strategy",
        "name": {"ar": "الاستراتيجية التواصلية", "fr": "Stratégie de communication"},
        "description": {
            "ar": "تخطيط تواصل الجماعة: المواضيع والرسائل والأدوات حسب الفئات المستهدفة.",
            "fr": "Planifier la communication de la collectivité : sujets, messages et outils selon les publics.",
        },
    },
    {
        "slug": "digital-services",
        "name": {"ar": "الخدمات الرقمية", "fr": "Services numériques"},
        "description": {
            "ar": "تقديم الخدمات الجماعية عبر الوسائل الرقمية وتبسيط الولوج إليها.",
            "fr": "Offrir les services de la collectivité en ligne et en simplifier l'accès.",
        },
    },
]

# --- Images and documents ---------------------------------------------------------------------
# Drawn by `media` (abstract zellige-like patterns; no photographs of real people or places).
IMAGES = [
    {
        "key": "home-hero",
        "title": "زخرفة هندسية مستوحاة من الزليج — الصفحة الرئيسية",
        "file": "demo-zellige-home.jpg",
        "collection": "network",
        "palette": ("green", "saffron", "sand", "indigo"),
        "seed": 1,
    },
    {
        "key": "about",
        "title": "زخرفة هندسية مستوحاة من الزليج — عن الشبكة",
        "file": "demo-zellige-about.jpg",
        "collection": "network",
        "palette": ("indigo", "turquoise", "sand", "saffron"),
        "seed": 2,
    },
    {
        "key": "saidia",
        "title": "زخرفة هندسية مستوحاة من الزليج — ملتقى السعيدية 2024",
        "file": "demo-zellige-saidia.jpg",
        "collection": "network",
        "palette": ("turquoise", "sand", "indigo", "saffron"),
        "seed": 3,
    },
    {
        "key": "saidia-workshop",
        "title": "زخرفة هندسية مستوحاة من الزليج — ورشة التواصل",
        "file": "demo-zellige-communication-workshop.jpg",
        "collection": "network",
        "palette": ("terracotta", "sand", "green", "saffron"),
        "seed": 4,
    },
    {
        "key": "rabat",
        "title": "زخرفة هندسية مستوحاة من الزليج — ورشة دعم التشبيك بالرباط",
        "file": "demo-zellige-rabat.jpg",
        "collection": "network",
        "palette": ("indigo", "saffron", "sand", "terracotta"),
        "seed": 5,
    },
    {
        "key": "larache",
        "title": "زخرفة هندسية مستوحاة من الزليج — لقاء العرائش 2016",
        "file": "demo-zellige-larache.jpg",
        "collection": "network",
        "palette": ("green", "sand", "terracotta", "turquoise"),
        "seed": 6,
    },
    {
        "key": "ouarzazate",
        "title": "زخرفة هندسية مستوحاة من الزليج — منتدى ورزازات 2019",
        "file": "demo-zellige-ouarzazate.jpg",
        "collection": "network",
        "palette": ("terracotta", "saffron", "sand", "indigo"),
        "seed": 7,
    },
    {
        "key": "citizen-office",
        "title": "زخرفة هندسية مستوحاة من الزليج — مكتب المواطن ببني أنصار",
        "file": "demo-zellige-bni-ansar.jpg",
        "collection": "bni-ansar",
        "palette": ("turquoise", "saffron", "sand", "green"),
        "seed": 8,
    },
    {
        "key": "access-to-information",
        "title": "زخرفة هندسية مستوحاة من الزليج — النشر الاستباقي بآيت ملول",
        "file": "demo-zellige-ait-melloul.jpg",
        "collection": "ait-melloul",
        "palette": ("saffron", "indigo", "sand", "terracotta"),
        "seed": 9,
    },
    {
        "key": "meknes-forum",
        "title": "زخرفة هندسية مستوحاة من الزليج — مكناس في منتدى ورزازات",
        "file": "demo-zellige-meknes.jpg",
        "collection": "meknes",
        "palette": ("green", "terracotta", "sand", "saffron"),
        "seed": 10,
    },
]

# The two presentations of the Larache meeting (seed 002). The originals are not available;
# `media` draws a cover that says so, in French, which Pillow can set without an Arabic font.
DOCUMENTS = [
    {
        "key": "larache-rmgp",
        "title": "عرض: تعريف بالشبكة المغربية للحكامة التشاركية",
        "file": "demo-larache-2016-reseau-gouvernance-participative.pdf",
        # What the document library shows: the drawn cover is in French.
        "details": {"kind": "presentation", "language": "fr"},
        "collection": "network",
        "cover": [
            "Réseau Marocain de la Gouvernance Participative",
            "Présentation du réseau",
            "Larache, 29 novembre – 2 décembre 2016",
        ],
    },
    {
        "key": "larache-legal-framework",
        "title": "عرض: وسائل التواصل والإعلام بالجماعة — الإطار الدستوري والقانوني",
        "file": "demo-larache-2016-cadre-juridique-communication.pdf",
        # What the document library shows: the drawn cover is in French.
        "details": {"kind": "presentation", "language": "fr"},
        "collection": "network",
        "cover": [
            "Moyens de communication et d'information de la commune",
            "Cadre constitutionnel et juridique",
            "Larache, 29 novembre – 2 décembre 2016",
        ],
    },
]

# --- Members ----------------------------------------------------------------------------------
# The HCP code decides type, region and population (MemberPage.save); `logo` is drawn by `media`
# into the member's own collection.


def _region_member(code, slug, title, title_fr, initials, colour):
    return {
        "key": f"member:{slug}",
        "collection": slug,
        "slug": slug,
        "fields": {"hcp_code": code},
        "logo": {"initials": initials, "colour": colour},
        "ar": {
            "title": title,
            "search_description": f"{title}، عضو في الشبكة المغربية للجماعات الترابية المنفتحة.",
            "introduction": rich(
                f"{title} من الجهات الاثنتي عشرة للمملكة، وكلها أعضاء في الشبكة المغربية للجماعات الترابية المنفتحة."
            ),
        },
        "fr": {
            "title": title_fr,
            "search_description": f"{title_fr}, membre du Réseau Marocain des Collectivités Territoriales Ouvertes.",
            "introduction": rich(
                f"La {title_fr} est l'une des douze régions du Royaume, toutes membres du Réseau Marocain des "
                "Collectivités Territoriales Ouvertes."
            ),
        },
    }


MEMBERS = [
    _region_member(
        "01",
        "tanger-tetouan-al-hoceima",
        "جهة طنجة-تطوان-الحسيمة",
        "Région de Tanger-Tétouan-Al Hoceima",
        "TTH",
        "indigo",
    ),
    {
        "key": "member:oriental",
        "collection": "oriental",
        "slug": "oriental",
        "fields": {
            "hcp_code": "02",
            "plan_axes": 4,
            "plan_projects": 17,
            "plan_activities": 69,
        },
        "logo": {"initials": "OR", "colour": "green"},
        "ar": {
            "title": "جهة الشرق",
            "search_description": "جهة الشرق في الشبكة المغربية للجماعات الترابية المنفتحة: خطة عمل الانفتاح "
            "بأربعة محاور و17 مشروعا و69 نشاطا.",
            "listing_summary": "خطة عمل للانفتاح أُعدت بطريقة تشاركية: 4 محاور استراتيجية، و17 مشروعا، و69 نشاطا.",
            "introduction": rich(
                "انضمت جهة الشرق إلى الشبكة المغربية للجماعات الترابية المنفتحة سنة 2022، وأعدت بطريقة "
                "تشاركية خطة عمل للانفتاح تقوم على أربعة محاور استراتيجية، تتفرع إلى 17 مشروعا و69 نشاطا.",
                "صادق مجلس الجهة على هذه الخطة في دورته العادية لشهر أكتوبر 2023، وانطلق تنزيلها مباشرة "
                "بعد ذلك. وتعمل الجهة حاليا، بالمقاربة التشاركية نفسها، على إعداد خطة عمل الحكومة المحلية "
                "المنفتحة الخاصة بها للفترة 2025-2027.",
            ),
            "focal_point_name": "البكاي زروقي",
            "focal_point_role": "نقطة ارتكاز برنامج الحكومة المنفتحة بمجلس جهة الشرق",
            "plan_adopted": "صادق عليها المجلس في دورته العادية لشهر أكتوبر 2023",
        },
        "fr": {
            "title": "Région de l'Oriental",
            "search_description": "La Région de l'Oriental au sein du Réseau Marocain des Collectivités Territoriales "
            "Ouvertes : un plan d'action pour l'ouverture en 4 axes, 17 projets et 69 activités.",
            "listing_summary": "Un plan d'action pour l'ouverture élaboré de manière participative : 4 axes "
            "stratégiques, 17 projets et 69 activités.",
            "introduction": rich(
                "Membre du Réseau Marocain des Collectivités Territoriales Ouvertes depuis 2022, la Région de "
                "l'Oriental a élaboré de manière participative un plan d'action pour l'ouverture articulé autour de "
                "quatre axes stratégiques, déclinés en 17 projets et 69 activités.",
                "Le conseil régional a adopté ce plan lors de sa session ordinaire d'octobre 2023, et sa mise en "
                "œuvre a commencé aussitôt. Avec la même démarche participative, la Région prépare aujourd'hui son "
                "plan d'action de gouvernement local ouvert pour la période 2025-2027.",
            ),
            "focal_point_name": "El Bekkay Zerrouki",
            "focal_point_role": "Point focal du programme de gouvernement ouvert au conseil de la Région de l'Oriental",
            "plan_adopted": "Adopté par le conseil lors de sa session ordinaire d'octobre 2023",
        },
    },
    _region_member("03", "fes-meknes", "جهة فاس-مكناس", "Région de Fès-Meknès", "FM", "terracotta"),
    _region_member(
        "04", "rabat-sale-kenitra", "جهة الرباط-سلا-القنيطرة", "Région de Rabat-Salé-Kénitra", "RSK", "indigo"
    ),
    _region_member(
        "05", "beni-mellal-khenifra", "جهة بني ملال-خنيفرة", "Région de Béni Mellal-Khénifra", "BMK", "green"
    ),
    _region_member(
        "06", "casablanca-settat", "جهة الدار البيضاء-سطات", "Région de Casablanca-Settat", "CS", "turquoise"
    ),
    _region_member("07", "marrakech-safi", "جهة مراكش-آسفي", "Région de Marrakech-Safi", "MS", "terracotta"),
    _region_member("08", "draa-tafilalet", "جهة درعة-تافيلالت", "Région de Drâa-Tafilalet", "DT", "saffron"),
    _region_member("09", "souss-massa", "جهة سوس-ماسة", "Région de Souss-Massa", "SM", "green"),
    _region_member("10", "guelmim-oued-noun", "جهة كلميم-واد نون", "Région de Guelmim-Oued Noun", "GON", "indigo"),
    _region_member(
        "11",
        "laayoune-sakia-el-hamra",
        "جهة العيون-الساقية الحمراء",
        "Région de Laâyoune-Sakia El Hamra",
        "LSH",
        "turquoise",
    ),
    _region_member(
        "12", "dakhla-oued-ed-dahab", "جهة الداخلة-وادي الذهب", "Région de Dakhla-Oued Ed-Dahab", "DOD", "terracotta"
    ),
    {
        "key": "member:bni-ansar",
        "collection": "bni-ansar",
        "slug": "bni-ansar",
        "fields": {"hcp_code": "02.381.01.03"},
        "logo": {"initials": "BA", "colour": "turquoise"},
        "ar": {
            "title": "جماعة بني أنصار",
            "search_description": "جماعة بني أنصار، عضو في الشبكة المغربية للجماعات الترابية المنفتحة، "
            "وتجربتها في مكتب المواطن.",
            "introduction": rich(
                "جماعة بني أنصار عضو في الشبكة المغربية للجماعات الترابية المنفتحة. أحدثت مكتبا للمواطن "
                "يتولى 18 مهمة في خدمة المرتفقين، وعرضت تجربتها خلال الملتقى الوطني للشبكة بالسعيدية "
                "في نونبر 2024."
            ),
        },
        "fr": {
            "title": "Commune de Bni Ansar",
            "search_description": "La commune de Bni Ansar, membre du Réseau Marocain des Collectivités "
            "Territoriales Ouvertes, et son expérience du bureau du citoyen.",
            "introduction": rich(
                "La commune de Bni Ansar est membre du Réseau Marocain des Collectivités Territoriales Ouvertes. "
                "Elle a créé un bureau du citoyen qui assure 18 missions au service des usagers, et a présenté "
                "son expérience lors de la rencontre nationale du réseau à Saïdia, en novembre 2024."
            ),
        },
    },
    {
        "key": "member:ait-melloul",
        "collection": "ait-melloul",
        "slug": "ait-melloul",
        "fields": {"hcp_code": "09.273.01.05"},
        "logo": {"initials": "AM", "colour": "saffron"},
        "ar": {
            "title": "جماعة آيت ملول",
            "search_description": "جماعة آيت ملول، عضو في الشبكة المغربية للجماعات الترابية المنفتحة، "
            "وتجربتها في الحق في الحصول على المعلومات والنشر الاستباقي.",
            "introduction": rich(
                "جماعة آيت ملول، بعمالة إنزكان آيت ملول، عضو في الشبكة المغربية للجماعات الترابية المنفتحة. "
                "تعتمد استراتيجية تواصلية من خمسة مرتكزات، وحلّت في المرتبة الأولى في تصنيف جمعية طفرة "
                "في مجال الحصول على المعلومات والنشر الاستباقي."
            ),
        },
        "fr": {
            "title": "Commune d'Aït Melloul",
            "search_description": "La commune d'Aït Melloul, membre du Réseau Marocain des Collectivités "
            "Territoriales Ouvertes, et son expérience du droit d'accès à l'information et de la publication "
            "proactive.",
            "introduction": rich(
                "La commune d'Aït Melloul, dans la préfecture d'Inezgane-Aït Melloul, est membre du Réseau "
                "Marocain des Collectivités Territoriales Ouvertes. Elle s'appuie sur une stratégie de "
                "communication en cinq piliers et s'est classée première au classement de l'association Tafra "
                "pour l'accès à l'information et la publication proactive."
            ),
        },
    },
    {
        "key": "member:meknes",
        "collection": "meknes",
        "slug": "meknes",
        "fields": {"hcp_code": "03.061.01.01"},
        "logo": {"initials": "MK", "colour": "terracotta"},
        "ar": {
            "title": "جماعة مكناس",
            "search_description": "جماعة مكناس: بلاغات الجماعة وأخبارها، وتجربتها في الخدمات الجماعية والتواصل.",
            "introduction": rich(
                "جماعة مكناس عضو في الشبكة المغربية للجماعات الترابية المنفتحة. تنشر في فضائها بلاغاتها "
                "الرسمية، من نتائج دورات المجلس إلى الإعلانات الإدارية، وقد عرضت سنة 2019 تجربتها في تجويد "
                "دليل المساطر وفي الاستراتيجية التواصلية بالمنتدى السنوي للجماعات بورزازات."
            ),
        },
        "fr": {
            "title": "Commune de Meknès",
            "search_description": "La commune de Meknès : ses communiqués et ses actualités, et son expérience "
            "des services communaux et de la communication.",
            "introduction": rich(
                "La commune de Meknès est membre du Réseau Marocain des Collectivités Territoriales Ouvertes. "
                "Elle publie dans son espace ses communiqués officiels, des résultats des sessions du conseil aux "
                "avis administratifs, et a présenté en 2019, au forum annuel des communes de Ouarzazate, son "
                "travail sur le guide des procédures et sur sa stratégie de communication."
            ),
        },
    },
    {
        "key": "member:laayoune",
        "collection": "laayoune",
        "slug": "laayoune",
        "fields": {"hcp_code": "11.321.01.03"},
        "logo": {"initials": "LA", "colour": "indigo"},
        "ar": {
            "title": "جماعة العيون",
            "search_description": "جماعة العيون، من الجماعات السباقة إلى الانفتاح، عضو في الشبكة المغربية "
            "للجماعات الترابية المنفتحة.",
            "introduction": rich(
                "تُعد جماعة العيون من الجماعات الترابية السباقة إلى الانفتاح، حتى قبل انضمامها إلى الشبكة: "
                "عملت على تقريب الإدارة من المواطنين انطلاقا من مبادئ الشفافية وضمان الحق في الحصول على "
                "المعلومة، وعلى تجويد خدماتها الإدارية بالاعتماد على الرقمنة."
            ),
            "focal_point_name": "سكينة الصبار",
            "focal_point_role": "نقطة ارتكاز جماعة العيون",
        },
        "fr": {
            "title": "Commune de Laâyoune",
            "search_description": "La commune de Laâyoune, pionnière de l'ouverture, membre du Réseau Marocain des "
            "Collectivités Territoriales Ouvertes.",
            "introduction": rich(
                "La commune de Laâyoune compte parmi les collectivités territoriales pionnières de l'ouverture, "
                "avant même son adhésion au réseau : elle a rapproché l'administration des citoyens, en partant "
                "des principes de transparence et de garantie du droit d'accès à l'information, et amélioré ses "
                "services administratifs grâce au numérique."
            ),
            "focal_point_name": "Sakina Essabbar",
            "focal_point_role": "Point focal de la commune de Laâyoune",
        },
    },
]

# --- Pages ------------------------------------------------------------------------------------
# The home page is built in two passes: first its texts (the site needs a root), then, once the
# pages it points to exist, its links.
HOME = {
    "key": "home",
    "slug": "home",
    "fields": {"hero_image": image("home-hero")},
    "links": {
        "hero_link": page("about"),
        "children": {
            "featured_experiences": [
                {"experience": page("experience:citizen-office")},
                {"experience": page("experience:access-to-information")},
            ],
        },
    },
    "ar": {
        "title": "الشبكة المغربية للجماعات الترابية المنفتحة",
        "search_description": "الموقع الرسمي للشبكة المغربية للجماعات الترابية المنفتحة: بلاغات الأعضاء وأخبار "
        "الشبكة، والتجارب والممارسات الفضلى، والملتقيات والورشات.",
        "hero_title": "جماعات ترابية منفتحة على مواطنيها",
        "hero_text": "هنا تتقاسم الجماعات الترابية الأعضاء في الشبكة تجاربها، وتوثّق مبادراتها، وتُطلع "
        "المواطنات والمواطنين على بلاغاتها وأنشطتها. جهات ومجالس عمالات وأقاليم وجماعات تعمل معا "
        "على ترسيخ الشفافية، والحق في الحصول على المعلومات، والمشاركة المواطنة.",
        "hero_link_label": "تعرّفوا على الشبكة",
    },
    "fr": {
        "title": "Réseau Marocain des Collectivités Territoriales Ouvertes",
        "search_description": "Le site officiel du Réseau Marocain des Collectivités Territoriales Ouvertes : "
        "communiqués des membres et actualités du réseau, expériences et bonnes pratiques, rencontres et ateliers.",
        "hero_title": "Des collectivités territoriales ouvertes à leurs citoyens",
        "hero_text": "Ici, les collectivités territoriales membres du réseau partagent leurs expériences, "
        "documentent leurs initiatives et informent les citoyennes et les citoyens de leurs communiqués et de "
        "leurs activités. Régions, conseils préfectoraux et provinciaux et communes y travaillent ensemble à "
        "ancrer la transparence, le droit d'accès à l'information et la participation citoyenne.",
        "hero_link_label": "Découvrir le réseau",
    },
}

INDEX_PAGES = [
    {
        "key": "members",
        "model": "members.MemberIndexPage",
        "parent": "home",
        "slug": "members",
        "fields": {"show_in_menus": True},
        "ar": {
            "title": "الأعضاء",
            "search_description": "دليل الجماعات الترابية الأعضاء في الشبكة: الجهات ومجالس العمالات والأقاليم "
            "والجماعات.",
            "introduction": rich(
                "دليل الجماعات الترابية الأعضاء في الشبكة: الجهات، ومجالس العمالات والأقاليم، والجماعات. "
                "لكل عضو صفحة تعرّف به وبنقطة الارتكاز لديه وبخطة عمل الانفتاح، وتجمع بلاغاته وأنشطته "
                "وتجاربه."
            ),
        },
        "fr": {
            "title": "Membres",
            "search_description": "L'annuaire des collectivités territoriales membres du réseau : régions, "
            "conseils préfectoraux et provinciaux, et communes.",
            "introduction": rich(
                "L'annuaire des collectivités territoriales membres du réseau : régions, conseils préfectoraux et "
                "provinciaux, et communes. Chaque membre a sa page, qui le présente avec son point focal et son "
                "plan d'action pour l'ouverture, et rassemble ses communiqués, ses activités et ses expériences."
            ),
        },
    },
    {
        "key": "news",
        "model": "news.NewsIndexPage",
        "parent": "home",
        "slug": "news",
        "fields": {"show_in_menus": True},
        "ar": {
            "title": "بلاغات وأخبار",
            "search_description": "بلاغات الشبكة المغربية للجماعات الترابية المنفتحة وأخبارها، وبلاغات "
            "الجماعات الأعضاء.",
            "introduction": "أخبار الشبكة وبلاغات الجماعات الترابية الأعضاء، من الأحدث إلى الأقدم. "
            "يمكنكم تصفيتها حسب العضو أو الجهة أو الصنف أو السنة.",
        },
        "fr": {
            "title": "Communiqués et actualités",
            "search_description": "Les communiqués et les actualités du Réseau Marocain des Collectivités "
            "Territoriales Ouvertes, et les communiqués des collectivités membres.",
            "introduction": "Les actualités du réseau et les communiqués des collectivités territoriales membres, "
            "du plus récent au plus ancien. Vous pouvez les filtrer par membre, par région, par catégorie ou par "
            "année.",
        },
    },
    {
        "key": "experiences",
        "model": "experiences.ExperienceIndexPage",
        "parent": "home",
        "slug": "experiences",
        "fields": {"show_in_menus": True},
        "ar": {
            "title": "تجارب وممارسات فضلى",
            "search_description": "تجارب الجماعات الترابية الأعضاء وممارساتها الفضلى في مجال الانفتاح.",
            "introduction": "ما أنجزته الجماعات الأعضاء في مجالات الانفتاح: مكتب المواطن، والحق في الحصول "
            "على المعلومات، وتدبير الشكايات، والتواصل وغيرها. تعرض كل تجربة سياقها وما أُنجز ونتائجها "
            "وتحدياتها ودروسها، ليستفيد منها باقي الأعضاء.",
        },
        "fr": {
            "title": "Expériences et bonnes pratiques",
            "search_description": "Les expériences et les bonnes pratiques d'ouverture des collectivités "
            "territoriales membres.",
            "introduction": "Ce que les collectivités membres ont réalisé pour l'ouverture : bureau du citoyen, "
            "droit d'accès à l'information, gestion des réclamations, communication, et bien d'autres. Chaque "
            "expérience présente son contexte, ce qui a été fait, ses résultats, ses difficultés et ses "
            "enseignements, pour que les autres membres puissent en tirer profit.",
        },
    },
    {
        "key": "events",
        "model": "events.EventIndexPage",
        "parent": "home",
        "slug": "events",
        "fields": {"show_in_menus": True},
        "ar": {
            "title": "ملتقيات وورشات",
            "search_description": "ملتقيات الشبكة وورشاتها ولقاءات أعضائها وشركائها: البرامج والتوصيات والعروض.",
            "introduction": "الملتقيات والورشات واللقاءات التي تنظمها الشبكة وأعضاؤها وشركاؤها: برامجها، "
            "ومن أطّرها، والمشاركة فيها، وتوصياتها، والعروض المقدمة خلالها.",
        },
        "fr": {
            "title": "Rencontres et ateliers",
            "search_description": "Les rencontres et les ateliers du réseau, et les réunions de ses membres et de "
            "ses partenaires : programmes, recommandations et présentations.",
            "introduction": "Les rencontres, les ateliers et les réunions organisés par le réseau, ses membres et "
            "ses partenaires : leur programme, leurs intervenants, leur participation, leurs recommandations et "
            "les présentations qui y ont été faites.",
        },
    },
    {
        "key": "documents",
        "model": "documents.DocumentIndexPage",
        "parent": "home",
        "slug": "documents",
        "fields": {"show_in_menus": True},
        "ar": {
            "title": "مكتبة الوثائق",
            "search_description": "وثائق الشبكة وأعضائها المتاحة للعموم: عروض وتقارير وبلاغات.",
            "introduction": "العروض والتقارير والبلاغات التي نشرتها الشبكة وأعضاؤها، في مكان واحد: ابحثوا "
            "بالعنوان، أو اختاروا لقاء أو عضوا أو نوعا أو سنة.",
        },
        "fr": {
            "title": "Bibliothèque de documents",
            "search_description": "Les documents publics du réseau et de ses membres : présentations, rapports, "
            "communiqués.",
            "introduction": "Les présentations, les rapports et les communiqués publiés par le réseau et ses "
            "membres, en un seul endroit : cherchez par titre, ou choisissez une rencontre, un membre, un type ou "
            "une année.",
        },
    },
    {
        "key": "about",
        "model": "home.StandardPage",
        "parent": "home",
        "slug": "about",
        "fields": {"show_in_menus": True, "listing_image": image("about")},
        "ar": {
            "title": "عن الشبكة",
            "search_description": "الشبكة المغربية للجماعات الترابية المنفتحة: هويتها، وغاياتها، والتزامات "
            "أعضائها، وقيمها المؤسسة.",
            "listing_summary": "فضاء للحوار وتبادل التجارب بين الجماعات الترابية المنفتحة، تأسس في 21 أكتوبر 2022.",
            "introduction": "الشبكة المغربية للجماعات الترابية المنفتحة فضاء للحوار وتبادل التجارب بين "
            "الجماعات الترابية التي اختارت الانفتاح نهجا في تدبير شؤونها. تأسست في 21 أكتوبر 2022، "
            "بمواكبة من المديرية العامة للجماعات الترابية بوزارة الداخلية.",
            "body": [
                (
                    "key_figures",
                    {
                        "heading": "الشبكة في أرقام (نونبر 2024)",
                        "figures": [
                            {"value": "126", "label": "جماعة ترابية عضو"},
                            {"value": "12", "label": "جهة"},
                            {"value": "7", "label": "مجالس عمالات وأقاليم"},
                            {"value": "107", "label": "جماعة"},
                            {"value": "1590", "label": "جماعة ترابية بالمغرب"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        h2("من نحن"),
                        "تجمع الشبكة جماعات ترابية من مختلف جهات المملكة حول غاية واحدة: مأسسة مبادئ الانفتاح "
                        "في العمل الترابي من أجل تنمية ترابية منفتحة، وتكريس الديمقراطية التشاركية والمشاركة "
                        "المواطنة.",
                        "بعد سنتين من انطلاقها، بلغ عدد أعضائها 126 جماعة ترابية: 12 جهة، و7 مجالس عمالات "
                        "وأقاليم، و107 جماعات. والأفق هو أن تعم مبادئ الانفتاح الجماعات الترابية للمملكة كلها، "
                        "وعددها 1590.",
                        h2("النتائج التي نعمل من أجلها"),
                        ol(
                            "أن يصبح المواطن شريكا في تحديد الحاجيات وفي البحث عن الحلول.",
                            "أن تتحسن جودة الخدمات والبرامج التي تقدمها الجماعة الترابية.",
                            "أن تتعزز الثقة بين المواطن والجماعة الترابية.",
                        ),
                        h2("التزامات الأعضاء"),
                        "تلتزم كل جماعة ترابية عضو في الشبكة بما يلي:",
                        ol(
                            "احترام المعايير المعمول بها في الشفافية، والولوج إلى المعلومات، والمشاركة المواطنة، "
                            "والتحول الرقمي، والابتكار العمومي.",
                            "إعداد برامج عمل الانفتاح واعتمادها بإشراك المجتمع المدني المحلي وكل الفاعلين "
                            "المعنيين، في جميع مراحلها.",
                            "تنفيذ هذه البرامج وتتبعها وتقييمها بالإشراك نفسه.",
                            "إطلاق دينامية ترابية تعزز المشاركة والتعاون مع باقي الفاعلين في التراب.",
                            "الإسهام في إشعاع الجماعات الترابية المغربية وطنيا وقاريا ودوليا.",
                        ),
                        h2("قيمنا المؤسسة"),
                        ul(
                            "تقاسم الممارسات الجيدة والأدوات المرتبطة بمبادئ الانفتاح.",
                            "الحوار بين الجماعات الأعضاء حول الممارسات والتحديات المشتركة في التنمية المحلية المنفتحة.",
                        ),
                        h2("لماذا هذا الموقع؟"),
                        "في ورشة دعم تشبيك الجماعات الترابية، المنعقدة بالرباط يومي 24 و25 شتنبر 2024، عرضت "
                        "نقط الارتكاز التحديات التي تواجهها الشبكة بعد سنتين من اشتغالها، وما تنتظره من "
                        "التشبيك. ومن بين ما عبّرت عنه:",
                        ul(
                            "أرشفة المبادرات وتوثيقها حتى لا تضيع التجارب.",
                            "ضعف التقاسم بين الجماعات الأعضاء.",
                            "الحاجة إلى آليات للتتبع والتقييم.",
                            "قاعدة معطيات مشتركة للبرنامج تُحيَّن كلما جدّ جديد.",
                            "تحفيز التواصل، بين الأعضاء ومع المواطنين.",
                        ),
                        "لهذا وُجد هذا الموقع: لكل عضو فضاؤه، ينشر فيه بلاغاته وأنشطته ويعرض تجاربه ويضع "
                        "وثائقه رهن إشارة العموم، والشبكة تجمع ذلك كله في فهارس وطنية يسهل تصفحها والبحث فيها.",
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "تعرّفوا على أعضاء الشبكة",
                        "text": "جهات ومجالس عمالات وأقاليم وجماعات: بطاقة كل عضو، ونقطة الارتكاز لديه، "
                        "وبلاغاته وتجاربه.",
                        "page": page("members"),
                        "url": "",
                        "button_label": "دليل الأعضاء",
                    },
                ),
            ],
        },
        "fr": {
            "title": "À propos du réseau",
            "search_description": "Le Réseau Marocain des Collectivités Territoriales Ouvertes : son identité, ses "
            "finalités, les engagements de ses membres et ses valeurs fondatrices.",
            "listing_summary": "Un espace de dialogue et d'échange d'expériences entre collectivités territoriales "
            "ouvertes, fondé le 21 octobre 2022.",
            "introduction": "Le Réseau Marocain des Collectivités Territoriales Ouvertes est un espace de dialogue "
            "et d'échange d'expériences entre les collectivités territoriales qui ont fait de l'ouverture leur "
            "manière de gérer leurs affaires. Il a été fondé le 21 octobre 2022, avec l'accompagnement de la "
            "Direction Générale des Collectivités Territoriales (DGCT) du ministère de l'Intérieur.",
            "body": [
                (
                    "key_figures",
                    {
                        "heading": "Le réseau en chiffres (novembre 2024)",
                        "figures": [
                            {"value": "126", "label": "collectivités territoriales membres"},
                            {"value": "12", "label": "régions"},
                            {"value": "7", "label": "conseils préfectoraux et provinciaux"},
                            {"value": "107", "label": "communes"},
                            {"value": "1590", "label": "collectivités territoriales au Maroc"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        h2("Qui sommes-nous ?"),
                        "Le réseau réunit des collectivités territoriales de toutes les régions du Royaume autour "
                        "d'une même finalité : institutionnaliser les principes de l'ouverture dans l'action "
                        "territoriale, au service d'un développement territorial ouvert, de la démocratie "
                        "participative et de la participation citoyenne.",
                        "Deux ans après son lancement, il compte 126 collectivités territoriales membres : 12 "
                        "régions, 7 conseils préfectoraux et provinciaux et 107 communes. L'horizon : que les "
                        "principes de l'ouverture gagnent l'ensemble des 1590 collectivités territoriales du "
                        "Royaume.",
                        h2("Les résultats que nous visons"),
                        ol(
                            "Que le citoyen devienne un partenaire dans l'identification des besoins et la recherche "
                            "des solutions.",
                            "Que la qualité des services et des programmes de la collectivité territoriale s'améliore.",
                            "Que la confiance entre le citoyen et la collectivité territoriale se renforce.",
                        ),
                        h2("Les engagements des membres"),
                        "Chaque collectivité territoriale membre du réseau s'engage à :",
                        ol(
                            "respecter les normes en vigueur en matière de transparence, d'accès à l'information, "
                            "de participation citoyenne, de transformation numérique et d'innovation publique ;",
                            "élaborer et adopter ses programmes d'action pour l'ouverture en associant la société "
                            "civile locale et tous les acteurs concernés, à chacune de leurs étapes ;",
                            "mettre en œuvre, suivre et évaluer ces programmes avec la même participation ;",
                            "impulser une dynamique territoriale qui renforce la participation et la coopération "
                            "avec les autres acteurs du territoire ;",
                            "contribuer au rayonnement des collectivités territoriales marocaines aux échelles "
                            "nationale, continentale et internationale.",
                        ),
                        h2("Nos valeurs fondatrices"),
                        ul(
                            "Le partage des bonnes pratiques et des outils liés aux principes de l'ouverture.",
                            "Le dialogue entre collectivités membres sur les pratiques et les défis communs du "
                            "développement local ouvert.",
                        ),
                        h2("Pourquoi ce site ?"),
                        "Lors de l'atelier d'appui au réseautage des collectivités territoriales, tenu à Rabat les "
                        "24 et 25 septembre 2024, les points focaux ont exposé les défis que rencontre le réseau "
                        "après deux ans d'activité et ce qu'ils attendent du réseautage. Ils ont notamment cité :",
                        ul(
                            "l'archivage et la documentation des initiatives, pour que les expériences ne se "
                            "perdent pas ;",
                            "la faiblesse du partage entre collectivités membres ;",
                            "le besoin de mécanismes de suivi et d'évaluation ;",
                            "une base de données commune du programme, mise à jour au fil des nouveautés ;",
                            "une communication plus active, entre membres et avec les citoyens.",
                        ),
                        "Ce site est né de ces attentes : chaque membre y a son espace, où il publie ses "
                        "communiqués et ses activités, présente ses expériences et met ses documents à la "
                        "disposition de tous ; le réseau rassemble le tout dans des index nationaux faciles à "
                        "parcourir et à interroger.",
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "Découvrez les membres du réseau",
                        "text": "Régions, conseils préfectoraux et provinciaux et communes : la fiche de chaque "
                        "membre, son point focal, ses communiqués et ses expériences.",
                        "page": page("members"),
                        "url": "",
                        "button_label": "Annuaire des membres",
                    },
                ),
            ],
        },
    },
]

# --- Experiences (seed 000) -------------------------------------------------------------------
EXPERIENCES = [
    {
        "key": "experience:citizen-office",
        "model": "experiences.ExperiencePage",
        "parent": "member:bni-ansar",
        "slug": "citizen-office",
        "fields": {"theme": theme("citizen-office"), "hero_image": image("citizen-office")},
        "ar": {
            "title": "مكتب المواطن بجماعة بني أنصار",
            "search_description": "تجربة مكتب المواطن بجماعة بني أنصار: 18 مهمة في خدمة المرتفقين، "
            "ونتائجها المنتظرة، وتحدياتها، ونقط قوتها ونقط اليقظة.",
            "summary": "أحدثت جماعة بني أنصار مكتبا للمواطن يتولى 18 مهمة في خدمة المرتفقين، لتنزيل آليات "
            "الديمقراطية التشاركية، وبناء الثقة بين المواطن والإدارة، والرفع من جودة الخدمات الجماعية.",
            "context_and_objectives": rich(
                "يندرج مكتب المواطن في سعي جماعة بني أنصار إلى تنزيل آليات الديمقراطية التشاركية على أرض "
                "الواقع. وهو موجه إلى المواطنات والمواطنين بصفتهم مرتفقين، وإلى فعاليات المجتمع المدني.",
                "وتسعى الجماعة من خلاله إلى ثلاث نتائج:",
                ul(
                    "بناء الثقة بين المواطن والإدارة؛",
                    "إشراك المواطنات والمواطنين في الشأن المحلي؛",
                    "الرفع من جودة الخدمات التي تقدمها الجماعة.",
                ),
            ),
            "what_was_done": [
                (
                    "paragraph",
                    rich(
                        "يشتغل المكتب في فضاء ملائم داخل المقر الجديد للجماعة. وتتعدد مهامه حتى تبلغ 18 "
                        "مهمة، كلها موجهة إلى خدمة المواطن.",
                    ),
                ),
                ("key_figures", {"heading": "", "figures": [{"value": "18", "label": "مهمة لمكتب المواطن"}]}),
                (
                    "paragraph",
                    rich(
                        "عُرضت التجربة في ورشة التواصل في خدمة انفتاح الجماعات الترابية، خلال الملتقى الوطني "
                        "للشبكة بالسعيدية يومي 12 و13 نونبر 2024. وافتُتح العرض بشريط مصور يقدّم المكتب داخل "
                        "مقر الجماعة، قبل أن تُعرض التجربة بتفصيل.",
                    ),
                ),
            ],
            "results": rich(
                "النتائج التي تسعى إليها التجربة:",
                ul(
                    "الثقة بين المواطن والإدارة.",
                    "إشراك المواطنات والمواطنين.",
                    "جودة الخدمات بالجماعة.",
                ),
            ),
            "challenges": rich(
                ul(
                    "ضمان استمرارية التجربة في الزمن.",
                    "تفاعل المجتمع المدني وانخراطه.",
                ),
            ),
            "strengths": rich(
                ul(
                    "إطار قانوني قائم يسند التجربة.",
                    "إرادة سياسية واضحة.",
                    "الانخراط في الشبكة المغربية للجماعات الترابية المنفتحة.",
                    "كفاءة الموارد البشرية.",
                    "المقر الجديد للجماعة.",
                    "فضاء ملائم لمكتب المواطن.",
                ),
            ),
            "points_of_vigilance": rich(
                ul(
                    "التحسين المستمر لكل العمليات داخل مكتب المواطن.",
                    "المقارنة مع تجارب جماعات ترابية أخرى، وطنيا ودوليا.",
                    "تقوية قدرات الموارد البشرية.",
                    "معرفة حاجيات المرتفق بدقة.",
                    "توظيف الابتكار والمعلومات.",
                    "توسيع قاعدة المستفيدين.",
                ),
            ),
            "contact_name": "مرزوقي بوشرطة",
            "contact_role": "جماعة بني أنصار؛ قدّم التجربة في ملتقى السعيدية 2024",
            "children": {
                "indicators": [{"label": "مهمة لمكتب المواطن", "value": "18"}],
            },
        },
        "fr": {
            "title": "Le bureau du citoyen de la commune de Bni Ansar",
            "search_description": "L'expérience du bureau du citoyen de la commune de Bni Ansar : 18 missions au "
            "service des usagers, les résultats attendus, les difficultés, les points forts et les points de "
            "vigilance.",
            "summary": "La commune de Bni Ansar a créé un bureau du citoyen qui assure 18 missions au service des "
            "usagers, pour donner corps à la démocratie participative, bâtir la confiance entre le citoyen et "
            "l'administration et améliorer la qualité des services communaux.",
            "context_and_objectives": rich(
                "Le bureau du citoyen s'inscrit dans la volonté de la commune de Bni Ansar de faire vivre sur le "
                "terrain les mécanismes de la démocratie participative. Il s'adresse aux citoyennes et aux "
                "citoyens en tant qu'usagers, ainsi qu'aux acteurs de la société civile.",
                "La commune en attend trois résultats :",
                ul(
                    "bâtir la confiance entre le citoyen et l'administration ;",
                    "associer les citoyennes et les citoyens à la gestion des affaires locales ;",
                    "améliorer la qualité des services rendus par la commune.",
                ),
            ),
            "what_was_done": [
                (
                    "paragraph",
                    rich(
                        "Le bureau est installé dans un espace adapté, au sein du nouveau siège de la commune. Ses "
                        "missions sont nombreuses, 18 au total, toutes tournées vers le service du citoyen.",
                    ),
                ),
                (
                    "key_figures",
                    {"heading": "", "figures": [{"value": "18", "label": "missions du bureau du citoyen"}]},
                ),
                (
                    "paragraph",
                    rich(
                        "L'expérience a été présentée à l'atelier « La communication au service de l'ouverture des "
                        "collectivités territoriales », lors de la rencontre nationale du réseau à Saïdia, les 12 "
                        "et 13 novembre 2024. La présentation s'est ouverte sur un film montrant le bureau au sein "
                        "du siège de la commune, avant un exposé détaillé de l'expérience.",
                    ),
                ),
            ],
            "results": rich(
                "Les résultats visés par l'expérience :",
                ul(
                    "La confiance entre le citoyen et l'administration.",
                    "La participation des citoyennes et des citoyens.",
                    "La qualité des services de la commune.",
                ),
            ),
            "challenges": rich(
                ul(
                    "Assurer la pérennité de l'expérience dans le temps.",
                    "L'intérêt et l'engagement de la société civile.",
                ),
            ),
            "strengths": rich(
                ul(
                    "Un cadre juridique existant, sur lequel l'expérience s'appuie.",
                    "Une volonté politique claire.",
                    "L'adhésion au Réseau Marocain des Collectivités Territoriales Ouvertes.",
                    "Des ressources humaines compétentes.",
                    "Le nouveau siège de la commune.",
                    "Un espace adapté pour le bureau du citoyen.",
                ),
            ),
            "points_of_vigilance": rich(
                ul(
                    "Améliorer en continu tous les processus du bureau du citoyen.",
                    "Se comparer aux expériences d'autres collectivités territoriales, au Maroc et à l'international.",
                    "Renforcer les capacités des ressources humaines.",
                    "Connaître précisément les besoins de l'usager.",
                    "Mettre l'innovation et l'information à profit.",
                    "Élargir le cercle des bénéficiaires.",
                ),
            ),
            "contact_name": "Marzouki Bouchreta",
            "contact_role": "Commune de Bni Ansar ; a présenté l'expérience à la rencontre de Saïdia 2024",
            "children": {
                "indicators": [{"label": "Missions du bureau du citoyen"}],
            },
        },
    },
    {
        "key": "experience:access-to-information",
        "model": "experiences.ExperiencePage",
        "parent": "member:ait-melloul",
        "slug": "access-to-information",
        "fields": {"theme": theme("access-to-information"), "hero_image": image("access-to-information")},
        "ar": {
            "title": "الحق في الحصول على المعلومات والنشر الاستباقي بجماعة آيت ملول",
            "search_description": "تجربة جماعة آيت ملول في الحق في الحصول على المعلومات والنشر الاستباقي: "
            "استراتيجية تواصلية من خمسة مرتكزات، والمرتبة الأولى في تصنيف جمعية طفرة.",
            "summary": "تعتمد جماعة آيت ملول استراتيجية تواصلية من خمسة مرتكزات، وتجعل نشر المعلومات بمبادرة "
            "منها في صلب عملها. حلّت في المرتبة الأولى في تصنيف جمعية طفرة، وأطلقت آلية لقياس رضى "
            "المواطنين.",
            "context_and_objectives": rich(
                "تعمل جماعة آيت ملول، بعمالة إنزكان آيت ملول، على تعزيز حق المواطنات والمواطنين في الحصول "
                "على المعلومات، وعلى نشر المعطيات بمبادرة منها دون انتظار أن تُطلب. ويستند هذا التوجه إلى "
                "استراتيجية تواصلية تقوم على خمسة مرتكزات:",
                ol(
                    "التواصل والحكامة والتشاور؛",
                    "إعلام القرب وخدمات رقمية فعالة؛",
                    "تعزيز حضور الأمازيغية في العمل التواصلي؛",
                    "الرفع من القدرات التواصلية؛",
                    "تأهيل البنيات الإدارية والتقنية.",
                ),
            ),
            "what_was_done": [
                (
                    "paragraph",
                    rich(
                        ul(
                            "إحداث مجلس محلي للصحافة وصناعة المحتوى.",
                            "توقيع اتفاقية شراكة مع مؤسسة أرشيف المغرب لتدبير أرشيف الجماعة ورقمنته.",
                            "توقيع اتفاقية شراكة مع مركز «طفرة» بالرباط.",
                            "إطلاق آلية لقياس رضى المواطنات والمواطنين.",
                            "توظيف خطة الانفتاح في دعم شفافية ميزانية الجماعة.",
                        ),
                        "قدّم التجربة السيد عبد العزيز بوضوضين في ورشة التواصل في خدمة انفتاح الجماعات الترابية، "
                        "خلال الملتقى الوطني للشبكة بالسعيدية يومي 12 و13 نونبر 2024.",
                    ),
                ),
            ],
            "results": rich(
                ul(
                    "المرتبة الأولى في تصنيف جمعية طفرة، تتويجا لحرص الجماعة على تثمين تميزها في الحصول على "
                    "المعلومة والنشر الاستباقي.",
                    "ميزانية جماعية أكثر شفافية بفضل خطة الانفتاح.",
                ),
            ),
            "partners": rich(
                ul(
                    "مؤسسة أرشيف المغرب: تدبير أرشيف الجماعة ورقمنته.",
                    "مركز «طفرة» بالرباط.",
                ),
            ),
            "contact_name": "عبد العزيز بوضوضين",
            "contact_role": "جماعة آيت ملول؛ قدّم التجربة في ملتقى السعيدية 2024",
            "children": {
                # Values are figures, the same in every language (wagtail-localize synchronises them).
                "indicators": [
                    {"label": "مرتكزات الاستراتيجية التواصلية", "value": "5"},
                    {"label": "الترتيب في تصنيف جمعية طفرة", "value": "1"},
                    {"label": "اتفاقيات الشراكة الموقعة", "value": "2"},
                ],
            },
        },
        "fr": {
            "title": "Droit d'accès à l'information et publication proactive à la commune d'Aït Melloul",
            "search_description": "L'expérience de la commune d'Aït Melloul en matière de droit d'accès à "
            "l'information et de publication proactive : une stratégie de communication en cinq piliers, et la "
            "première place au classement de l'association Tafra.",
            "summary": "La commune d'Aït Melloul s'appuie sur une stratégie de communication en cinq piliers et "
            "place au cœur de son action la publication d'informations de sa propre initiative. Classée "
            "première par l'association Tafra, elle a mis en place un dispositif de mesure de la satisfaction "
            "des citoyens.",
            "context_and_objectives": rich(
                "La commune d'Aït Melloul, dans la préfecture d'Inezgane-Aït Melloul, s'attache à renforcer le "
                "droit des citoyennes et des citoyens d'accéder à l'information, et à publier ses données de sa "
                "propre initiative, sans attendre qu'on les lui demande. Cette orientation repose sur une "
                "stratégie de communication en cinq piliers :",
                ol(
                    "communication, gouvernance et concertation ;",
                    "information de proximité et services numériques efficaces ;",
                    "une place renforcée de l'amazighe dans la communication ;",
                    "le renforcement des capacités de communication ;",
                    "la mise à niveau des structures administratives et techniques.",
                ),
            ),
            "what_was_done": [
                (
                    "paragraph",
                    rich(
                        ul(
                            "Création d'un conseil local de la presse et de la création de contenu.",
                            "Signature d'une convention de partenariat avec Archives du Maroc pour la gestion et "
                            "la numérisation des archives de la commune.",
                            "Signature d'une convention de partenariat avec le centre Tafra, à Rabat.",
                            "Mise en place d'un dispositif de mesure de la satisfaction des citoyennes et des "
                            "citoyens.",
                            "Mobilisation du plan d'ouverture au service de la transparence du budget communal.",
                        ),
                        "L'expérience a été présentée par M. Abdelaziz Boudoudine à l'atelier « La communication au "
                        "service de l'ouverture des collectivités territoriales », lors de la rencontre nationale "
                        "du réseau à Saïdia, les 12 et 13 novembre 2024.",
                    ),
                ),
            ],
            "results": rich(
                ul(
                    "La première place au classement de l'association Tafra, qui couronne le souci de la commune "
                    "de faire valoir son excellence en matière d'accès à l'information et de publication "
                    "proactive.",
                    "Un budget communal plus transparent grâce au plan d'ouverture.",
                ),
            ),
            "partners": rich(
                ul(
                    "Archives du Maroc : gestion et numérisation des archives de la commune.",
                    "Le centre Tafra, à Rabat.",
                ),
            ),
            "contact_name": "Abdelaziz Boudoudine",
            "contact_role": "Commune d'Aït Melloul ; a présenté l'expérience à la rencontre de Saïdia 2024",
            "children": {
                "indicators": [
                    {"label": "Piliers de la stratégie de communication"},
                    {"label": "Rang au classement de l'association Tafra"},
                    {"label": "Conventions de partenariat signées"},
                ],
            },
        },
    },
]

# --- Events -----------------------------------------------------------------------------------
# The documents give days, not hours: events are set from 09:00 to 18:00, Moroccan time.
DGCT = {
    "ar": "المديرية العامة للجماعات الترابية، وزارة الداخلية",
    "fr": "Direction Générale des Collectivités Territoriales (DGCT), ministère de l'Intérieur",
}

EVENTS = [
    {
        "key": "event:saidia",
        "model": "events.EventPage",
        "parent": "events",
        "slug": "saidia-national-meeting-2024",
        "fields": {
            "start": at("2024-11-12 09:00"),
            "end": at("2024-11-13 18:00"),
            "attendance": 350,
            "hero_image": image("saidia"),
        },
        "ar": {
            "title": "الملتقى الوطني للشبكة المغربية للجماعات الترابية المنفتحة بالسعيدية",
            "search_description": "الملتقى الوطني للشبكة بالسعيدية، 12 و13 نونبر 2024: حصيلة سنتين من برنامج "
            "الجماعات الترابية المنفتحة، وورشات حول التواصل والتقييم والمشاركة المواطنة والتشبيك.",
            "city": "السعيدية",
            "slogan": "ترسيخ مبادئ الانفتاح بالجماعات الترابية من أجل تنمية محلية دامجة ومستدامة",
            "summary": "ملتقى وطني على مدى يومين، جمع حوالي 350 مشاركا ومشاركة من منتخبين وأطر إدارية "
            "وممثلي الهيئات الاستشارية، للوقوف على حصيلة سنتين من برنامج الجماعات الترابية المنفتحة، "
            "واستشراف آفاقه، ودعم التشبيك بين الأعضاء.",
            "organisers": DGCT["ar"],
            "partners": "برنامج دعم الحكومات المنفتحة الفرنكوفونية (PAGOF)، بتمويل من الوكالة الفرنسية للتنمية (AFD)",
            "programme": [
                (
                    "item",
                    {
                        "title": "ورشة التواصل في خدمة انفتاح الجماعات الترابية",
                        "description": rich(
                            "ثلاث مداخلات: خطة التواصل حول برنامج الانفتاح، وتجربة مكتب المواطن ببني أنصار، "
                            "وتجربة آيت ملول في الحق في الحصول على المعلومات، ثم نقاش مفتوح."
                        ),
                    },
                ),
                ("item", {"title": "ورشة وضع المشاريع ومؤشرات التقييم"}),
                ("item", {"title": "ورشة المشاركة المواطنة والتعاون بين الفاعلين"}),
                ("item", {"title": "ورشات دعم تشبيك الجماعات الترابية"}),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "نظمت المديرية العامة للجماعات الترابية بوزارة الداخلية الملتقى الوطني للشبكة يومي 12 "
                        "و13 نونبر 2024 بالسعيدية، بعد سنتين من إطلاق برنامج الجماعات الترابية المنفتحة. "
                        "وكان الغرض الوقوف على ما تحقق، واستشراف آفاق توسيع البرنامج ومواكبة الجماعات "
                        "المنخرطة فيه، ودعم التشبيك وتقاسم التجارب بين الأعضاء، في أفق تعميم مبادئ الانفتاح "
                        "على الجماعات الترابية للمملكة كلها.",
                    ),
                ),
                (
                    "key_figures",
                    {
                        "heading": "الملتقى في أرقام",
                        "figures": [
                            {"value": "350", "label": "مشاركة ومشارك تقريبا"},
                            {"value": "126", "label": "جماعة ترابية عضو في الشبكة"},
                            {"value": "1590", "label": "جماعة ترابية بالمغرب"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        h2("ما خلص إليه المشاركون"),
                        "أكد المشاركون أن التشبيك آلية لتطوير عمل الجماعات الأعضاء: فهو يوسّع الأثر الإيجابي "
                        "لمبادئ الانفتاح، ويشجع جماعات أخرى على الانخراط، ويحقق التكامل بين الأعضاء عبر "
                        "تبادل الأفكار وتقاسم التجارب والخبرات لتطوير مشاريع تنموية مشتركة.",
                        "وشددوا كذلك على الاستدامة المؤسسية، من خلال شراكات قوية ودائمة تحفظ للجماعات "
                        "مكتسباتها وتضمن استمراريتها.",
                    ),
                ),
            ],
        },
        "fr": {
            "title": "Rencontre nationale du Réseau Marocain des Collectivités Territoriales Ouvertes à Saïdia",
            "search_description": "La rencontre nationale du réseau à Saïdia, les 12 et 13 novembre 2024 : le bilan "
            "de deux ans du programme des collectivités territoriales ouvertes, et des ateliers sur la "
            "communication, l'évaluation, la participation citoyenne et le réseautage.",
            "city": "Saïdia",
            "slogan": "Ancrer les principes de l'ouverture dans les collectivités territoriales pour un "
            "développement local inclusif et durable",
            "summary": "Une rencontre nationale de deux jours, qui a réuni quelque 350 participantes et "
            "participants, élus, cadres administratifs et représentants des instances consultatives, pour dresser "
            "le bilan de deux ans du programme des collectivités territoriales ouvertes, en tracer les "
            "perspectives et soutenir le réseautage entre les membres.",
            "organisers": DGCT["fr"],
            "partners": "Projet d'appui aux gouvernements ouverts francophones (PAGOF), financé par l'Agence "
            "française de développement (AFD)",
            "programme": [
                (
                    "item",
                    {
                        "title": "Atelier « La communication au service de l'ouverture des collectivités "
                        "territoriales »",
                        "description": rich(
                            "Trois interventions : le plan de communication du programme d'ouverture, l'expérience "
                            "du bureau du citoyen de Bni Ansar et celle d'Aït Melloul en matière de droit d'accès "
                            "à l'information, suivies d'un débat ouvert."
                        ),
                    },
                ),
                ("item", {"title": "Atelier « Élaboration des projets et indicateurs d'évaluation »"}),
                ("item", {"title": "Atelier « Participation citoyenne et coopération entre les acteurs »"}),
                ("item", {"title": "Ateliers d'appui au réseautage des collectivités territoriales"}),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "La Direction Générale des Collectivités Territoriales (DGCT) du ministère de l'Intérieur "
                        "a organisé la rencontre nationale du réseau les 12 et 13 novembre 2024 à Saïdia, deux ans "
                        "après le lancement du programme des collectivités territoriales ouvertes. Il s'agissait "
                        "de faire le point sur les acquis, de tracer les perspectives d'extension du programme et "
                        "d'accompagnement des collectivités qui y participent, et de soutenir le réseautage et le "
                        "partage d'expériences entre les membres, avec pour horizon l'extension des principes de "
                        "l'ouverture à toutes les collectivités territoriales du Royaume.",
                    ),
                ),
                (
                    "key_figures",
                    {
                        "heading": "La rencontre en chiffres",
                        "figures": [
                            {"value": "350", "label": "participantes et participants environ"},
                            {"value": "126", "label": "collectivités territoriales membres du réseau"},
                            {"value": "1590", "label": "collectivités territoriales au Maroc"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        h2("Ce que les participants ont retenu"),
                        "Les participants ont souligné que le réseautage est un levier pour développer l'action "
                        "des collectivités membres : il élargit l'effet positif des principes de l'ouverture, "
                        "encourage d'autres collectivités à s'y engager et crée des complémentarités entre les "
                        "membres par l'échange d'idées et le partage d'expériences et de savoir-faire, au service "
                        "de projets de développement communs.",
                        "Ils ont également insisté sur la pérennité institutionnelle, grâce à des partenariats "
                        "solides et durables qui préservent les acquis des collectivités et en garantissent la "
                        "continuité.",
                    ),
                ),
            ],
        },
    },
    {
        "key": "event:saidia-communication-workshop",
        "model": "events.EventPage",
        "parent": "event:saidia",
        "slug": "communication-workshop",
        # The report does not say on which of the two days the workshop took place.
        "fields": {
            "start": at("2024-11-12 09:00"),
            "end": at("2024-11-13 18:00"),
            "hero_image": image("saidia-workshop"),
            # The report announces 57 participants; its table by category accounts for 47.
            # Both are shown as they are: the announced figure, and the table's computed totals.
            "attendance": 57,
        },
        "children": {
            "experiences_presented": [
                {"experience": page("experience:citizen-office")},
                {"experience": page("experience:access-to-information")},
            ],
        },
        "ar": {
            "title": "ورشة التواصل في خدمة انفتاح الجماعات الترابية",
            "search_description": "تقرير ورشة التواصل في خدمة انفتاح الجماعات الترابية، الملتقى الوطني للشبكة "
            "بالسعيدية 2024: المداخلات، والمشاركة، والتوصيات العشر.",
            "city": "السعيدية",
            "summary": "إحدى ورشات الملتقى الوطني بالسعيدية: ثلاث مداخلات حول خطة التواصل لبرنامج الانفتاح "
            "وتجربتي بني أنصار وآيت ملول، تلاها نقاش مفتوح انتهى إلى عشر توصيات.",
            "organisers": DGCT["ar"],
            "programme": [
                (
                    "item",
                    {
                        "title": "إعداد خطة التواصل حول برنامج الانفتاح",
                        "speakers": "لطيفة بنيامنة، المديرية العامة للجماعات الترابية",
                        "description": rich(
                            ol(
                                "التواصل في النصوص القانونية وفي خطة العمل الاستراتيجية للمديرية العامة "
                                "للجماعات الترابية.",
                                "مفهوم التواصل وأنواعه.",
                                "علاقة التواصل بمبادئ الانفتاح.",
                                "إعداد خطة التواصل حول برنامج الانفتاح.",
                            )
                        ),
                    },
                ),
                (
                    "item",
                    {
                        "title": "تجربة مكتب المواطن بجماعة بني أنصار",
                        "speakers": "مرزوقي بوشرطة، جماعة بني أنصار",
                        "description": rich(
                            "شريط مصور عن المكتب، ثم عرض مفصل للتجربة: 18 مهمة في خدمة المواطن، ونتائجها "
                            "المنتظرة، وتحدياتها، ونقط قوتها ونقط اليقظة."
                        ),
                    },
                ),
                (
                    "item",
                    {
                        "title": "تعزيز الحق في الحصول على المعلومات والنشر الاستباقي بجماعة آيت ملول",
                        "speakers": "عبد العزيز بوضوضين، جماعة آيت ملول",
                        "description": rich(
                            "الاستراتيجية التواصلية للجماعة ومرتكزاتها الخمسة، ومنجزاتها في النشر الاستباقي، "
                            "وشراكاتها، وآلية قياس رضى المواطنين."
                        ),
                    },
                ),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "افتتحت الأستاذة أمل بلشقر أشغال الورشة بالتذكير بالإطار العام للملتقى وهدفه الرئيسي: "
                        "الوقوف على إنجازات برنامج دعم الجماعات الترابية المنفتحة وخطواته المقبلة، ودعم "
                        "التشبيك بين الجماعات الأعضاء في الشبكة وتقاسم التجارب بينها.",
                        "تلت ذلك ثلاث مداخلات، ثم نقاش مفتوح مع الحضور انتهى إلى التوصيات المبينة أسفله.",
                        h3("في ختام الورشة"),
                        "نوّه المشاركون بتنظيم الملتقى وبطابعه التشاركي، وبالفرصة التي أتاحتها الورشة لتقاسم "
                        "التجارب الناجحة وعرض الإكراهات التي تعترضهم في تنزيل برامج الانفتاح، وأكدوا أهمية "
                        "مواصلة تطوير مهاراتهم التواصلية لتجويد هذه البرامج.",
                    ),
                ),
            ],
            "children": {
                "team": [
                    {"name": "أمل بلشقر", "role": "moderator", "feminine": True, "affiliation": ""},
                    {
                        "name": "لطيفة بنيامنة",
                        "role": "speaker",
                        "feminine": True,
                        "affiliation": "مكلفة بالتواصل، المديرية العامة للجماعات الترابية",
                    },
                    {"name": "مرزوقي بوشرطة", "role": "speaker", "affiliation": "جماعة بني أنصار"},
                    {"name": "عبد العزيز بوضوضين", "role": "speaker", "affiliation": "جماعة آيت ملول"},
                    {"name": "محمد بوبكري", "role": "rapporteur", "affiliation": ""},
                    {"name": "الهام مرجاني", "role": "rapporteur", "feminine": True, "affiliation": ""},
                ],
                # As the report's table gives them; totals are computed by the page, never typed.
                "participation": [
                    {"category": "نقطة ارتكاز", "women": 4, "men": 10},
                    {"category": "منتخب", "women": 6, "men": 12},
                    {"category": "هيئة المساواة وتكافؤ الفرص", "women": 5, "men": 10},
                ],
                "recommendations": [
                    {"text": text, "status": "proposed"}
                    for text in (
                        "تفعيل دور مكاتب التواصل بالجماعات في تحسيس المواطنين وتوعيتهم، للتصدي للإشاعة.",
                        "تقوية التواصل الداخلي، فهو شرط لنجاح التواصل الخارجي.",
                        "التواصل مع المجتمع المدني حول المشاريع قبل إنجازها وخلاله وبعده، بما يتيح تقييمها.",
                        "نشر ثقافة التواصل البنّاء بين المنتخبين والإداريين، لتعزيز الثقة بين المواطن والجماعة.",
                        "جعل التواصل ممارسة إدارية يومية مع المنتخبين والإداريين والمواطنين على حد سواء.",
                        "تقوية التواصل بين الجماعات لتقاسم التجارب وتجاوز الإكراهات، بما يخدم نجاح الانفتاح.",
                        "تعميم مبدأ الانفتاح على جميع الإدارات.",
                        "دعم التواصل الداخلي ومأسسة المساطر الإدارية، في التواصل وفي باقي الخدمات الجماعية، "
                        "لضمان استمرارية المشاريع إداريا.",
                        "الانخراط في الورش الوطني للرقمنة بتشجيع التواصل الرقمي.",
                        "إعداد خلف لنقط الارتكاز ضمانا للاستمرارية.",
                    )
                ],
            },
        },
        "fr": {
            "title": "Atelier « La communication au service de l'ouverture des collectivités territoriales »",
            "search_description": "Le compte rendu de l'atelier « La communication au service de l'ouverture des "
            "collectivités territoriales », rencontre nationale du réseau à Saïdia, 2024 : les interventions, la "
            "participation et les dix recommandations.",
            "city": "Saïdia",
            "summary": "L'un des ateliers de la rencontre nationale de Saïdia : trois interventions, sur le plan de "
            "communication du programme d'ouverture et sur les expériences de Bni Ansar et d'Aït Melloul, puis un "
            "débat ouvert qui a abouti à dix recommandations.",
            "organisers": DGCT["fr"],
            "programme": [
                (
                    "item",
                    {
                        "title": "Élaborer le plan de communication du programme d'ouverture",
                        "speakers": "Latifa Benyamna, Direction Générale des Collectivités Territoriales (DGCT)",
                        "description": rich(
                            ol(
                                "La communication dans les textes juridiques et dans le plan d'action stratégique "
                                "de la Direction Générale des Collectivités Territoriales.",
                                "La notion de communication et ses formes.",
                                "Le lien entre la communication et les principes de l'ouverture.",
                                "L'élaboration du plan de communication du programme d'ouverture.",
                            )
                        ),
                    },
                ),
                (
                    "item",
                    {
                        "title": "Le bureau du citoyen de la commune de Bni Ansar",
                        "speakers": "Marzouki Bouchreta, commune de Bni Ansar",
                        "description": rich(
                            "Un film sur le bureau, puis une présentation détaillée de l'expérience : 18 missions au "
                            "service du citoyen, les résultats attendus, les difficultés, les points forts et les "
                            "points de vigilance."
                        ),
                    },
                ),
                (
                    "item",
                    {
                        "title": "Renforcer le droit d'accès à l'information et la publication proactive à la "
                        "commune d'Aït Melloul",
                        "speakers": "Abdelaziz Boudoudine, commune d'Aït Melloul",
                        "description": rich(
                            "La stratégie de communication de la commune et ses cinq piliers, ses réalisations en "
                            "matière de publication proactive, ses partenariats et son dispositif de mesure de la "
                            "satisfaction des citoyens."
                        ),
                    },
                ),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "Mme Amal Belchkar a ouvert les travaux de l'atelier en rappelant le cadre général de la "
                        "rencontre et son objectif principal : faire le point sur les réalisations du programme "
                        "d'appui aux collectivités territoriales ouvertes et sur ses prochaines étapes, et soutenir "
                        "le réseautage et le partage d'expériences entre les collectivités membres du réseau.",
                        "Trois interventions ont suivi, puis un débat ouvert avec l'assistance, qui a abouti aux "
                        "recommandations présentées ci-dessous.",
                        h3("En clôture de l'atelier"),
                        "Les participants ont salué l'organisation de la rencontre et son caractère participatif, "
                        "ainsi que l'occasion qu'offrait l'atelier de partager des expériences réussies et "
                        "d'exposer les contraintes qu'ils rencontrent dans la mise en œuvre des programmes "
                        "d'ouverture. Ils ont souligné l'importance de continuer à développer leurs compétences en "
                        "communication pour améliorer ces programmes.",
                    ),
                ),
            ],
            "children": {
                "team": [
                    {"name": "Amal Belchkar", "affiliation": ""},
                    {
                        "name": "Latifa Benyamna",
                        "affiliation": "Chargée de communication, Direction Générale des Collectivités Territoriales",
                    },
                    {"name": "Marzouki Bouchreta", "affiliation": "Commune de Bni Ansar"},
                    {"name": "Abdelaziz Boudoudine", "affiliation": "Commune d'Aït Melloul"},
                    {"name": "Mohamed Boubekri", "affiliation": ""},
                    {"name": "Ilham Marjani", "affiliation": ""},
                ],
                "participation": [
                    {"category": "Point focal"},
                    {"category": "Élu"},
                    {"category": "Instance de l'équité et de l'égalité des chances"},
                ],
                "recommendations": [
                    {"text": text}
                    for text in (
                        "Activer le rôle des bureaux de communication des communes dans la sensibilisation et "
                        "l'information des citoyens, pour faire barrage aux rumeurs.",
                        "Renforcer la communication interne, condition du succès de la communication externe.",
                        "Communiquer avec la société civile sur les projets avant, pendant et après leur "
                        "réalisation, de manière à pouvoir les évaluer.",
                        "Diffuser une culture de communication constructive entre élus et administratifs, pour "
                        "renforcer la confiance entre le citoyen et la commune.",
                        "Faire de la communication une pratique administrative quotidienne, avec les élus, les "
                        "administratifs et les citoyens.",
                        "Renforcer la communication entre les communes pour partager les expériences et surmonter "
                        "les contraintes, au service de la réussite de l'ouverture.",
                        "Étendre le principe de l'ouverture à toutes les administrations.",
                        "Soutenir la communication interne et institutionnaliser les procédures administratives, "
                        "en communication comme dans les autres services communaux, pour garantir la continuité "
                        "administrative des projets.",
                        "S'inscrire dans le chantier national de la numérisation en encourageant la communication "
                        "numérique.",
                        "Préparer la relève des points focaux pour garantir la continuité.",
                    )
                ],
            },
        },
    },
    {
        "key": "event:rabat",
        "model": "events.EventPage",
        "parent": "events",
        "slug": "rabat-networking-workshop-2024",
        "fields": {
            "start": at("2024-09-24 09:00"),
            "end": at("2024-09-25 18:00"),
            "hero_image": image("rabat"),
        },
        "ar": {
            "title": "ورشة دعم تشبيك الجماعات الترابية",
            "search_description": "ورشة دعم تشبيك الجماعات الترابية بالرباط، 24 و25 شتنبر 2024: أهدافها، "
            "والتحديات التي عبّرت عنها نقط الارتكاز، وما ينتظره الأعضاء من التشبيك.",
            "city": "الرباط",
            "summary": "ورشة من تنشيط الأستاذ يوسف لعرج، لتقوية مهارات نقط الارتكاز في التشبيك والتعاون بين "
            "الجماعات الترابية، وللوقوف على التحديات التي تواجه الشبكة بعد سنتين من اشتغالها.",
            "organisers": DGCT["ar"],
            "programme": [
                ("item", {"title": "التشبيك: تعريفه ودواعيه وأهميته"}),
                ("item", {"title": "الشبكة المغربية للجماعات الترابية المنفتحة: هويتها ونتائجها المنتظرة"}),
                ("item", {"title": "تحديات الشبكة بعد سنتين من اشتغالها، كما يراها المشاركون"}),
                ("item", {"title": "مبادئ الشبكة والتزامات أعضائها وقيمها"}),
                ("item", {"title": "الغاية من دعم التشبيك، كما عبّر عنها المشاركون والمشاركات"}),
                ("item", {"title": "مسودة خطة العمل"}),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        h2("أهداف الورشة"),
                        ul(
                            "ترسيخ مبادئ الانفتاح بالجماعات الترابية من أجل تنمية محلية دامجة ومستدامة.",
                            "تقوية مهارات نقط الارتكاز في التشبيك، وفي التعاون بين الجماعات الترابية وتقاسم التجارب.",
                        ),
                        h2("لماذا التشبيك؟"),
                        "الشبكات لا تنشأ من تلقاء نفسها: يبنيها فاعلون بمواردهم وقدراتهم ليحلّوا مشاكل "
                        "مشتركة، وأولها التعاون من أجل أهداف واحدة رغم اختلاف توجهاتهم. والعمل الشبكي ليس "
                        "غاية في ذاته، بل وسيلة لتلبية حاجات يصعب أن يلبيها كل طرف وحده. فكلما تشتتت "
                        "الجماعات قلّ وزنها وقلّ الإنصات إليها، وحل التنافس السلبي محل التعاون والتنسيق "
                        "والتضامن.",
                        h2("التحديات التي عبّرت عنها نقط الارتكاز"),
                        ul(
                            "الاستدامة: خطر فتور الحماس، وتحفيز الموارد البشرية لضمان الاستمرارية، والضغط "
                            "الواقع على نقط الارتكاز.",
                            "التنظيم: الهيكلة والمأسسة، وبرنامج العمل، وتبسيط آليات العمل، وهدف استراتيجي "
                            "موحد، والانتقال إلى التشبيك الجهوي.",
                            "الموارد والشراكات: تعبئة موارد وشراكات جديدة، وإشراك المصالح اللاممركزة، وتكوين "
                            "الجماعات وتأهيلها.",
                            "التوثيق والتقاسم: أرشفة المبادرات وتوثيقها، وضعف التقاسم بين الجماعات، وتحفيز "
                            "التواصل، وآليات التتبع والتقييم، وتفعيل المشاريع.",
                            "السياق: استعداد الجماعات للانفتاح والتفاوت بينها، وخصوصيات المناطق والجهات "
                            "وقيم المجتمع المدني، وضعف الثقافة التشاركية، والتحديات الرقمية، وتدبير الوقت، "
                            "ومعايير نجاعة الأداء وجودته.",
                        ),
                        h2("ما ينتظره الأعضاء من دعم التشبيك"),
                        ul(
                            "تبادل الزيارات والتجارب، وتقاسم الممارسات الفضلى وتثمينها ورسملتها.",
                            "التنسيق بين الجماعات وتوحيد جهودها، وتنافس إيجابي بدل التنافس السلبي.",
                            "تأهيل نقط الارتكاز والمنتخبين والهيئات الاستشارية، والاستفادة من التكوينات.",
                            "قاعدة معطيات للبرنامج تُحيَّن باستمرار، وتقاسم المعلومة على أوسع نطاق.",
                            "تقوية الترافع وبناء شراكات استراتيجية على المستويين الوطني والإقليمي.",
                            "خلية للتواصل، ومجموعات عمل وابتكار تشاركي بين الجماعات المنخرطة.",
                        ),
                        "خلصت الورشة إلى مسودة خطة عمل أُرفقت بتقريرها التركيبي.",
                    ),
                ),
            ],
            "children": {
                "team": [{"name": "يوسف لعرج", "role": "facilitator", "affiliation": ""}],
            },
        },
        "fr": {
            "title": "Atelier d'appui au réseautage des collectivités territoriales",
            "search_description": "L'atelier d'appui au réseautage des collectivités territoriales, à Rabat, les 24 "
            "et 25 septembre 2024 : ses objectifs, les défis exprimés par les points focaux et ce que les membres "
            "attendent du réseautage.",
            "city": "Rabat",
            "summary": "Un atelier animé par Youssef Laaraj pour renforcer les compétences des points focaux en "
            "matière de réseautage et de coopération entre collectivités territoriales, et pour faire le point "
            "sur les défis du réseau après deux ans d'activité.",
            "organisers": DGCT["fr"],
            "programme": [
                ("item", {"title": "Le réseautage : définition, raisons d'être et enjeux"}),
                (
                    "item",
                    {
                        "title": "Le Réseau Marocain des Collectivités Territoriales Ouvertes : son identité et "
                        "les résultats attendus"
                    },
                ),
                ("item", {"title": "Les défis du réseau après deux ans d'activité, vus par les participants"}),
                ("item", {"title": "Les principes du réseau, les engagements de ses membres et ses valeurs"}),
                ("item", {"title": "La finalité de l'appui au réseautage, telle que l'ont exprimée les participants"}),
                ("item", {"title": "Projet de plan d'action"}),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        h2("Les objectifs de l'atelier"),
                        ul(
                            "Ancrer les principes de l'ouverture dans les collectivités territoriales pour un "
                            "développement local inclusif et durable.",
                            "Renforcer les compétences des points focaux en matière de réseautage, de coopération "
                            "entre collectivités territoriales et de partage d'expériences.",
                        ),
                        h2("Pourquoi le réseautage ?"),
                        "Les réseaux ne naissent pas d'eux-mêmes : ils sont construits par des acteurs qui y "
                        "mettent leurs ressources et leurs capacités pour résoudre des problèmes communs, à "
                        "commencer par celui de coopérer vers des objectifs partagés malgré des orientations "
                        "différentes. Le travail en réseau n'est pas une fin en soi, mais un moyen de répondre à "
                        "des besoins que chacun aurait du mal à satisfaire seul. Plus les collectivités sont "
                        "dispersées, moins elles pèsent et moins elles sont écoutées, et la concurrence négative "
                        "prend la place de la coopération, de la coordination et de la solidarité.",
                        h2("Les défis exprimés par les points focaux"),
                        ul(
                            "La pérennité : le risque d'essoufflement, la motivation des ressources humaines pour "
                            "assurer la continuité, la pression qui pèse sur les points focaux.",
                            "L'organisation : la structuration et l'institutionnalisation, le programme de travail, "
                            "la simplification des modes de fonctionnement, un objectif stratégique commun, le "
                            "passage au réseautage régional.",
                            "Les ressources et les partenariats : mobiliser de nouvelles ressources et de nouveaux "
                            "partenariats, associer les services déconcentrés, former et accompagner les "
                            "collectivités.",
                            "La documentation et le partage : l'archivage et la documentation des initiatives, la "
                            "faiblesse du partage entre collectivités, une communication plus active, les "
                            "mécanismes de suivi et d'évaluation, la concrétisation des projets.",
                            "Le contexte : la disposition des collectivités à l'ouverture et les écarts entre "
                            "elles, les spécificités des territoires et des régions et les valeurs de la société "
                            "civile, la faiblesse de la culture participative, les défis numériques, la gestion du "
                            "temps, les critères d'efficacité et de qualité de la performance.",
                        ),
                        h2("Ce que les membres attendent de l'appui au réseautage"),
                        ul(
                            "L'échange de visites et d'expériences, le partage, la valorisation et la "
                            "capitalisation des bonnes pratiques.",
                            "La coordination entre collectivités et la mise en commun de leurs efforts, une "
                            "émulation positive au lieu d'une concurrence négative.",
                            "La formation des points focaux, des élus et des instances consultatives, et l'accès "
                            "aux formations.",
                            "Une base de données du programme mise à jour en continu, et un partage de "
                            "l'information aussi large que possible.",
                            "Un plaidoyer renforcé et des partenariats stratégiques aux niveaux national et régional.",
                            "Une cellule de communication, des groupes de travail et d'innovation participative "
                            "entre les collectivités engagées.",
                        ),
                        "L'atelier a abouti à un projet de plan d'action, joint à son rapport de synthèse.",
                    ),
                ),
            ],
            "children": {
                # The report itself spells the facilitator's name in Latin letters.
                "team": [{"name": "Youssef Laaraj", "affiliation": ""}],
            },
        },
    },
    {
        "key": "event:larache",
        "model": "events.EventPage",
        "parent": "events",
        "slug": "larache-participatory-governance-meeting-2016",
        "fields": {
            "start": at("2016-11-29 09:00"),
            "end": at("2016-12-02 18:00"),
            "hero_image": image("larache"),
        },
        "ar": {
            "title": "لقاء العرائش حول آليات تفاعل الجماعة مع محيطها",
            "search_description": "لقاء الشبكة المغربية للحكامة التشاركية بالعرائش، من 29 نونبر إلى 2 دجنبر "
            "2016: التواصل والإعلام، والتقييم التشاركي، وتدبير الشكايات، والاستقبال وتبسيط المساطر.",
            "city": "العرائش",
            "slogan": "آليات تفاعل الجماعة مع محيطها: الواقع وسبل التطوير",
            "summary": "لقاء من أربعة أيام نظمته الشبكة المغربية للحكامة التشاركية، خُصص كل يوم منه لمحور: "
            "التواصل والإعلام، والتقييم التشاركي للخدمات، وتدبير الشكايات، وتحسين الاستقبال وتبسيط المساطر.",
            "organisers": "الشبكة المغربية للحكامة التشاركية",
            "partners": "برنامج تعاون المدن والبلديات (CoMun)، بشراكة بين المديرية العامة للجماعات المحلية "
            "بوزارة الداخلية والتعاون الألماني (GIZ)، وبتعاون مع مشروع «جماعة مواطنة»",
            "programme": [
                (
                    "item",
                    {
                        "date": "2016-11-29",
                        "title": "آليات التواصل والإعلام في الجماعات",
                        "description": rich(
                            "توزع المشاركون على ثلاثة أوراش تناولت الاتصال الشفهي والكتابي والإلكتروني."
                        ),
                    },
                ),
                (
                    "item",
                    {
                        "date": "2016-11-30",
                        "title": "التقييم التشاركي للخدمات التي تقدمها الجماعة",
                        "description": rich("كيف تُجوَّد خدمات الجماعة."),
                    },
                ),
                (
                    "item",
                    {
                        "date": "2016-12-01",
                        "title": "تدبير الشكايات",
                        "description": rich("سبل التحكم في آجال معالجة الشكايات."),
                    },
                ),
                (
                    "item",
                    {
                        "date": "2016-12-02",
                        "title": "تحسين ظروف الاستقبال بالجماعات",
                        "description": rich("تبسيط المساطر الإدارية ودعم الإدارة الإلكترونية."),
                    },
                ),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "احتضنت مدينة العرائش أول لقاء في الدورة الثانية من لقاءات الشبكة المغربية للحكامة "
                        "التشاركية، في إطار برنامج تعاون المدن والبلديات لتطوير المناطق الحضرية بالفضاء "
                        "المغاربي (CoMun). ويرتبط اللقاء بمشروع «جماعة مواطنة»، لأن آليات تفاعل الجماعة مع "
                        "محيطها من ركائز الجماعة المواطنة.",
                        "في الافتتاح، ذكّر رئيس المجلس الجماعي للعرائش، السيد عبد الالاه حسيسن، بأن الجماعة "
                        "تقدم خدمات للمواطنين، وأنها مطالبة لذلك بتطوير أساليب التواصل والاستقبال وتقاسم "
                        "المعلومات معهم، انسجاما مع أسس الديمقراطية التشاركية.",
                        "واعتبر ممثل المديرية العامة للجماعات المحلية أن الموضوع حيوي، وأن الجماعات في حاجة "
                        "إلى دعم قدراتها فيه، وهو ما يرمي إليه البرنامج المنجز مع التعاون الألماني: تقوية بنيات "
                        "الاستقبال والإعلام، وتدبير الشكايات، والتقييم التشاركي للخدمات، ثم تعميم نتائج تجارب "
                        "الجماعات الأعضاء في الشبكة على باقي الجماعات. ونوّه ممثل برنامج CoMun بهذه الشراكة، "
                        "وشكر مدينة العرائش على استضافة اللقاء.",
                        h2("الشبكة المغربية للحكامة التشاركية"),
                        "تضم الشبكة جماعات عديدة، تتقاسم تجاربها وتعمل على تكريس الحكامة التشاركية ودعم "
                        "قدرات الفاعلين المحليين فيها. وتسعى برمجتها السنوية إلى بناء آليات مستدامة لمشاركة "
                        "المواطنات والمواطنين في التنمية المحلية، وإلى علاقة بين الجماعة ومرتفقيها تقوم على "
                        "الإنصات وتجويد الخدمات وخدمة المصلحة العامة.",
                        "العرضان المقدمان في اللقاء متاحان للتحميل أسفله.",
                    ),
                ),
            ],
            "children": {
                # Each presentation is labelled in the page's language (documents have one title).
                "presentations": [
                    {
                        "document": document("larache-rmgp"),
                        "title": "عرض: تعريف بالشبكة المغربية للحكامة التشاركية",
                        "presenter": "",
                    },
                    {
                        "document": document("larache-legal-framework"),
                        "title": "عرض: وسائل التواصل والإعلام بالجماعة — الإطار الدستوري والقانوني",
                        "presenter": "",
                    },
                ],
            },
        },
        "fr": {
            "title": "Rencontre de Larache sur les mécanismes d'interaction de la commune avec son environnement",
            "search_description": "La rencontre du Réseau Marocain de la Gouvernance Participative à Larache, du 29 "
            "novembre au 2 décembre 2016 : communication et information, évaluation participative, gestion des "
            "réclamations, accueil et simplification des procédures.",
            "city": "Larache",
            "slogan": "Les mécanismes d'interaction de la commune avec son environnement : état des lieux et pistes "
            "d'amélioration",
            "summary": "Une rencontre de quatre jours organisée par le Réseau Marocain de la Gouvernance "
            "Participative, chaque journée consacrée à un thème : communication et information, évaluation "
            "participative des services, gestion des réclamations, amélioration de l'accueil et simplification "
            "des procédures.",
            "organisers": "Réseau Marocain de la Gouvernance Participative",
            "partners": "Programme Coopération des villes et des municipalités (CoMun), en partenariat entre la "
            "Direction Générale des Collectivités Locales du ministère de l'Intérieur et la coopération allemande "
            "(GIZ), en collaboration avec le projet « Commune citoyenne »",
            "programme": [
                (
                    "item",
                    {
                        "title": "Les mécanismes de communication et d'information dans les communes",
                        "description": rich(
                            "Les participants se sont répartis en trois ateliers, consacrés à la communication "
                            "orale, écrite et électronique."
                        ),
                    },
                ),
                (
                    "item",
                    {
                        "title": "L'évaluation participative des services rendus par la commune",
                        "description": rich("Comment améliorer les services de la commune."),
                    },
                ),
                (
                    "item",
                    {
                        "title": "La gestion des réclamations",
                        "description": rich("Comment maîtriser les délais de traitement des réclamations."),
                    },
                ),
                (
                    "item",
                    {
                        "title": "L'amélioration de l'accueil dans les communes",
                        "description": rich(
                            "La simplification des procédures administratives et l'appui à l'administration "
                            "électronique."
                        ),
                    },
                ),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "La ville de Larache a accueilli la première rencontre du deuxième cycle des rencontres du "
                        "Réseau Marocain de la Gouvernance Participative, dans le cadre du programme Coopération "
                        "des villes et des municipalités pour le développement urbain dans l'espace maghrébin "
                        "(CoMun). La rencontre est liée au projet « Commune citoyenne », car les mécanismes "
                        "d'interaction de la commune avec son environnement sont l'un des piliers de la commune "
                        "citoyenne.",
                        "À l'ouverture, le président du conseil communal de Larache, M. Abdelilah Hsissen, a "
                        "rappelé que la commune rend des services aux citoyens et qu'elle doit donc développer ses "
                        "modes de communication et d'accueil et partager l'information avec eux, conformément aux "
                        "fondements de la démocratie participative.",
                        "Le représentant de la Direction Générale des Collectivités Locales a jugé le thème vital "
                        "et estimé que les communes ont besoin d'y renforcer leurs capacités, ce que vise le "
                        "programme mené avec la coopération allemande : renforcer les structures d'accueil et "
                        "d'information, la gestion des réclamations et l'évaluation participative des services, "
                        "puis étendre à l'ensemble des communes les résultats des expériences des communes membres "
                        "du réseau. Le représentant du programme CoMun a salué ce partenariat et remercié la ville "
                        "de Larache d'avoir accueilli la rencontre.",
                        h2("Le Réseau Marocain de la Gouvernance Participative"),
                        "Le réseau regroupe de nombreuses communes, qui partagent leurs expériences et œuvrent à "
                        "ancrer la gouvernance participative et à renforcer les capacités des acteurs locaux en la "
                        "matière. Sa programmation annuelle vise à bâtir des mécanismes durables de participation "
                        "des citoyennes et des citoyens au développement local, et une relation entre la commune "
                        "et ses usagers fondée sur l'écoute, l'amélioration des services et le service de "
                        "l'intérêt général.",
                        "Les deux présentations faites lors de la rencontre peuvent être téléchargées ci-dessous.",
                    ),
                ),
            ],
            "children": {
                "presentations": [
                    {"title": "Présentation : le Réseau Marocain de la Gouvernance Participative"},
                    {
                        "title": "Présentation : les moyens de communication et d'information de la commune — "
                        "cadre constitutionnel et juridique"
                    },
                ],
            },
        },
    },
    {
        "key": "event:ouarzazate",
        "model": "events.EventPage",
        "parent": "events",
        "slug": "ouarzazate-annual-forum-2019",
        "fields": {
            "start": at("2019-11-20 09:00"),
            "end": at("2019-11-21 18:00"),
            "hero_image": image("ouarzazate"),
        },
        "ar": {
            "title": "المنتدى السنوي الثالث للجماعات بورزازات",
            "search_description": "المنتدى السنوي الثالث للجماعات بورزازات، 20 و21 نونبر 2019، في إطار برنامج "
            "«جماعة مواطنة»: الاستقبال، والخدمات الجماعية، والتواصل.",
            "city": "ورزازات",
            "summary": "منتدى سنوي في إطار برنامج «جماعة مواطنة»، عرضت فيه جماعات عدة تجاربها في استقبال "
            "المرتفقين وتحسين الخدمات الجماعية والتواصل، ومنها جماعة مكناس.",
            "organisers": "برنامج «جماعة مواطنة»: وزارة الداخلية (المديرية العامة للجماعات المحلية)",
            "partners": "الوكالة الألمانية للتعاون الدولي (GIZ)، وعدد من الجماعات الترابية",
            "programme": [
                (
                    "item",
                    {
                        "title": "استقبال المرتفقين من أجل خدمات عمومية ذات جودة",
                        "speakers": "جماعتا بني ملال وتارودانت",
                    },
                ),
                (
                    "item",
                    {
                        "title": "الخدمات الجماعية: تجويد دليل المساطر",
                        "speakers": "جماعة مكناس، وورشات في الموضوع نفسه لجماعتي العرائش وتارودانت",
                    },
                ),
                (
                    "item",
                    {
                        "title": "التواصل الجماعي: الاستراتيجية التواصلية لجماعة مكناس (2019-2020)",
                        "speakers": "جماعة مكناس",
                    },
                ),
                ("item", {"title": "التواصل الجماعي: ميثاق التواصل", "speakers": "جماعة تيزنيت"}),
                ("item", {"title": "جلسة نقاش: الجماعات رافعة للحكامة الترابية والجهوية المتقدمة"}),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "افتتح عامل ورزازات أشغال المنتدى، بحضور أطر المديرية العامة للجماعات المحلية وممثلي "
                        "الوكالة الألمانية للتعاون الدولي، ورؤساء جماعات ومنتخبين وأطر جماعية.",
                        h2("خلاصات الورشات"),
                        ul(
                            "وجود القرار السياسي.",
                            "انخراط موظفي الجماعة جماعيا في إنجاح التجربة لتيسير تنزيلها.",
                            "مواكبة المديرية العامة للجماعات المحلية.",
                            "تقوية التواصل الداخلي والخارجي.",
                            "تحديد المسؤوليات وأشكال التواصل والتعامل مع الآخر.",
                            "تحديد المسؤول عن توقيع الوثائق.",
                            "المساطر المفتاحية التي تخدم المرتفق.",
                            "الموازاة بين البعد القانوني والبعد الخدماتي.",
                        ),
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "مشاركة جماعة مكناس",
                        "text": "عرضان لجماعة مكناس: تجويد دليل المساطر، والاستراتيجية التواصلية 2019-2020.",
                        "page": page("news:meknes-ouarzazate-forum"),
                        "url": "",
                        "button_label": "اقرأوا المقال",
                    },
                ),
            ],
        },
        "fr": {
            "title": "Troisième forum annuel des communes à Ouarzazate",
            "search_description": "Le troisième forum annuel des communes à Ouarzazate, les 20 et 21 novembre 2019, "
            "dans le cadre du programme « Commune citoyenne » : accueil, services communaux et communication.",
            "city": "Ouarzazate",
            "summary": "Un forum annuel organisé dans le cadre du programme « Commune citoyenne », où plusieurs "
            "communes, dont celle de Meknès, ont présenté leurs expériences en matière d'accueil des usagers, "
            "d'amélioration des services communaux et de communication.",
            "organisers": "Programme « Commune citoyenne » : ministère de l'Intérieur (Direction Générale des "
            "Collectivités Locales)",
            "partners": "Agence allemande de coopération internationale (GIZ) et plusieurs collectivités territoriales",
            "programme": [
                (
                    "item",
                    {
                        "title": "L'accueil des usagers, pour des services publics de qualité",
                        "speakers": "Communes de Béni Mellal et de Taroudant",
                    },
                ),
                (
                    "item",
                    {
                        "title": "Les services communaux : améliorer le guide des procédures",
                        "speakers": "Commune de Meknès, et des ateliers sur le même thème pour les communes de "
                        "Larache et de Taroudant",
                    },
                ),
                (
                    "item",
                    {
                        "title": "La communication communale : la stratégie de communication de la commune de "
                        "Meknès (2019-2020)",
                        "speakers": "Commune de Meknès",
                    },
                ),
                (
                    "item",
                    {
                        "title": "La communication communale : la charte de communication",
                        "speakers": "Commune de Tiznit",
                    },
                ),
                (
                    "item",
                    {
                        "title": "Table ronde : les communes, levier de la gouvernance territoriale et de la "
                        "régionalisation avancée"
                    },
                ),
            ],
            "body": [
                (
                    "paragraph",
                    rich(
                        "Le gouverneur de la province de Ouarzazate a ouvert les travaux du forum, en présence de "
                        "cadres de la Direction Générale des Collectivités Locales, de représentants de l'Agence "
                        "allemande de coopération internationale, de présidents de communes, d'élus et de cadres "
                        "communaux.",
                        h2("Les conclusions des ateliers"),
                        ul(
                            "L'existence d'une décision politique.",
                            "L'engagement collectif du personnel communal dans la réussite de l'expérience, pour en "
                            "faciliter la mise en œuvre.",
                            "L'accompagnement de la Direction Générale des Collectivités Locales.",
                            "Le renforcement de la communication interne et externe.",
                            "La définition des responsabilités, des formes de communication et des relations avec "
                            "autrui.",
                            "La désignation du responsable de la signature des documents.",
                            "Les procédures clés au service de l'usager.",
                            "L'équilibre entre la dimension juridique et la dimension de service.",
                        ),
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "La participation de la commune de Meknès",
                        "text": "Deux présentations de la commune de Meknès : l'amélioration du guide des "
                        "procédures, et la stratégie de communication 2019-2020.",
                        "page": page("news:meknes-ouarzazate-forum"),
                        "url": "",
                        "button_label": "Lire l'article",
                    },
                ),
            ],
        },
    },
]

# --- News -------------------------------------------------------------------------------------
# Meknès's six communiqués (seed 001): the titles and dates are the commune's; the texts of the
# communiqués themselves are not in the documents, so their bodies say no more than the titles.


def _communique(slug, date, category_slug, ar, fr):
    """A communiqué: `ar` and `fr` give its (title, summary, body[, tags])."""

    def texts(title, summary, body, tags):
        return {
            "title": title,
            "search_description": summary,
            "summary": summary,
            "tags": list(tags),
            "body": [("paragraph", rich(body))],
        }

    return {
        "key": f"news:meknes-{slug}",
        "model": "news.NewsPage",
        "parent": "member:meknes",
        "slug": slug,
        "fields": {"date": day(date), "category": category(category_slug)},
        "ar": texts(*ar) if len(ar) == 4 else texts(*ar, ("مكناس", "بلاغ")),
        "fr": texts(*fr) if len(fr) == 4 else texts(*fr, ("Meknès", "Communiqué")),
    }


NEWS = [
    _communique(
        "communique-february-2024-session",
        "2024-02-12",
        "council-session",
        (
            "بلاغ على إثر انتهاء أشغال الدورة العادية لشهر فبراير 2024",
            "بلاغ جماعة مكناس الصادر عقب اختتام أشغال الدورة العادية لمجلسها لشهر فبراير 2024.",
            "عقد مجلس جماعة مكناس دورته العادية لشهر فبراير 2024، وأصدرت الجماعة عند انتهاء أشغالها هذا البلاغ "
            "في 12 فبراير 2024.",
        ),
        (
            "Communiqué à l'issue des travaux de la session ordinaire de février 2024",
            "Le communiqué publié par la commune de Meknès à la clôture des travaux de la session ordinaire de son "
            "conseil de février 2024.",
            "Le conseil de la commune de Meknès a tenu sa session ordinaire de février 2024 ; à l'issue de ses "
            "travaux, la commune a publié ce communiqué le 12 février 2024.",
        ),
    ),
    _communique(
        "communique-public-lighting",
        "2024-02-09",
        "services",
        (
            "بلاغ حول الإنارة العمومية",
            "بلاغ من جماعة مكناس في موضوع الإنارة العمومية.",
            "أصدرت جماعة مكناس في 9 فبراير 2024 بلاغا في موضوع الإنارة العمومية.",
        ),
        (
            "Communiqué sur l'éclairage public",
            "Un communiqué de la commune de Meknès au sujet de l'éclairage public.",
            "La commune de Meknès a publié le 9 février 2024 un communiqué au sujet de l'éclairage public.",
        ),
    ),
    _communique(
        "communique-africa-cup-of-nations",
        "2024-01-27",
        "communique",
        (
            "بلاغ بخصوص نهائيات كأس أمم أفريقيا كوت ديفوار 2023",
            "بلاغ من جماعة مكناس بخصوص نهائيات كأس أمم أفريقيا «كوت ديفوار 2023».",
            "بمناسبة نهائيات كأس أمم أفريقيا «كوت ديفوار 2023»، أصدرت جماعة مكناس هذا البلاغ في 27 يناير 2024.",
        ),
        (
            "Communiqué concernant la phase finale de la Coupe d'Afrique des Nations Côte d'Ivoire 2023",
            "Un communiqué de la commune de Meknès concernant la phase finale de la Coupe d'Afrique des Nations "
            "« Côte d'Ivoire 2023 ».",
            "À l'occasion de la phase finale de la Coupe d'Afrique des Nations « Côte d'Ivoire 2023 », la commune "
            "de Meknès a publié ce communiqué le 27 janvier 2024.",
        ),
    ),
    _communique(
        "communique-presidents-conference",
        "2024-01-17",
        "communique",
        (
            "بلاغ بشأن انعقاد ندوة الرؤساء",
            "بلاغ من جماعة مكناس يعلن انعقاد ندوة الرؤساء.",
            "أصدرت جماعة مكناس في 17 يناير 2024 بلاغا بشأن انعقاد ندوة الرؤساء.",
        ),
        (
            "Communiqué relatif à la tenue de la conférence des présidents",
            "Un communiqué de la commune de Meknès annonçant la tenue de la conférence des présidents.",
            "La commune de Meknès a publié le 17 janvier 2024 un communiqué relatif à la tenue de la conférence des "
            "présidents.",
        ),
    ),
    _communique(
        "communique-bureau-meeting",
        "2024-01-05",
        "communique",
        (
            "بلاغ بشأن انعقاد اجتماع المكتب المسير لمجلس جماعة مكناس",
            "بلاغ يعلن انعقاد اجتماع المكتب المسير لمجلس جماعة مكناس.",
            "أصدرت جماعة مكناس في 5 يناير 2024 بلاغا بشأن انعقاد اجتماع المكتب المسير لمجلسها.",
        ),
        (
            "Communiqué relatif à la réunion du bureau du conseil de la commune de Meknès",
            "Un communiqué annonçant la réunion du bureau du conseil de la commune de Meknès.",
            "La commune de Meknès a publié le 5 janvier 2024 un communiqué relatif à la réunion du bureau de son "
            "conseil.",
        ),
    ),
    _communique(
        "professional-exam-results-2023",
        "2023-12-29",
        "announcements",
        (
            "النتائج النهائية لامتحان الكفاءة المهنية برسم سنة 2023 حسب الاستحقاق",
            "تعلن جماعة مكناس النتائج النهائية لامتحان الكفاءة المهنية برسم سنة 2023، مرتبة حسب الاستحقاق.",
            "نشرت جماعة مكناس في 29 دجنبر 2023 النتائج النهائية لامتحان الكفاءة المهنية برسم سنة 2023، مرتبة "
            "حسب الاستحقاق.",
            ("مكناس", "الموارد البشرية"),
        ),
        (
            "Résultats définitifs de l'examen d'aptitude professionnelle au titre de l'année 2023, par ordre de mérite",
            "La commune de Meknès annonce les résultats définitifs de l'examen d'aptitude professionnelle au titre "
            "de l'année 2023, classés par ordre de mérite.",
            "La commune de Meknès a publié le 29 décembre 2023 les résultats définitifs de l'examen d'aptitude "
            "professionnelle au titre de l'année 2023, classés par ordre de mérite.",
            ("Meknès", "Ressources humaines"),
        ),
    ),
    {
        "key": "news:meknes-ouarzazate-forum",
        "model": "news.NewsPage",
        "parent": "member:meknes",
        "slug": "ouarzazate-forum-2019",
        # The article is undated; it is filed on the last day of the forum it reports on.
        "fields": {
            "date": day("2019-11-21"),
            "category": category("event-report"),
            "hero_image": image("meknes-forum"),
        },
        "ar": {
            "title": "جماعة مكناس تعرض تجربتها في الخدمات الجماعية والتواصل بالمنتدى السنوي للجماعات بورزازات",
            "search_description": "مشاركة جماعة مكناس في المنتدى السنوي الثالث للجماعات بورزازات (20-21 نونبر "
            "2019): تجويد دليل المساطر، والاستراتيجية التواصلية 2019-2020.",
            "summary": "شاركت جماعة مكناس في المنتدى السنوي الثالث للجماعات بورزازات، يومي 20 و21 نونبر 2019، "
            "بعرضين: الأول حول تجويد دليل المساطر، والثاني حول استراتيجيتها التواصلية للفترة 2019-2020.",
            "tags": ["مكناس", "التواصل", "دليل المساطر", "ورزازات"],
            "body": [
                (
                    "paragraph",
                    rich(
                        "انعقد المنتدى السنوي الثالث للجماعات بمدينة ورزازات يومي 20 و21 نونبر 2019، في إطار "
                        "برنامج «جماعة مواطنة» الذي تنجزه وزارة الداخلية (المديرية العامة للجماعات المحلية) "
                        "بشراكة مع الوكالة الألمانية للتعاون الدولي (GIZ) وعدد من الجماعات الترابية. وتضمن "
                        "برنامجه عرض تجارب مدن عدة في الاستقبال وتحسين الخدمات الجماعية والتواصل؛ فقد عرضت "
                        "جماعتا بني ملال وتارودانت تجربتيهما في استقبال المرتفقين، وقدمت جماعة مكناس عرضين.",
                        h2("دليل المساطر: خدمات لمرتفقين من المدينة ومن خارجها"),
                        "قدّم العرض الأول السيد محمد يحيى قسو، الإطار بالمديرية العامة للمصالح، فاستعرض عمل "
                        "الجماعة على تجويد دليل المساطر. فخدمات الجماعة كثيرة، ولا يقتصر مرتفقوها على ساكنتها، "
                        "بل يقصدونها من مختلف مناطق المغرب ومن خارجه، بالنظر إلى القيمة التاريخية للمدينة "
                        "وتنوع المقيمين فيها.",
                        "ولهذا اعتمدت الجماعة هيكلة إدارية من 10 أقسام و40 مصلحة. وهي هيكلة تبدو كبيرة ولا "
                        "تطابق النموذج المعتمد وطنيا، لكن حجم الخدمات وكثافتها يبرران الحاجة إليها.",
                    ),
                ),
                (
                    "key_figures",
                    {
                        "heading": "الهيكلة الإدارية لجماعة مكناس",
                        "figures": [
                            {"value": "10", "label": "أقسام"},
                            {"value": "40", "label": "مصلحة"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "وشارك في نقاش الورشة إلى جانب المتدخل المستشار السيد جواد الحسني والسيد رضوان الخريسي، "
                        "الإطار بقسم الموارد البشرية (مصلحة التكوين). وخُصصت للموضوع نفسه ورشات لجماعتي "
                        "العرائش وتارودانت.",
                        h2("الاستراتيجية التواصلية 2019-2020"),
                        "خُصص العرض الثاني للتواصل الجماعي، في حين قدّمت جماعة تيزنيت في ورشة موازية «ميثاق "
                        "التواصل». ومثّل جماعة مكناس السيد أحمد بنحميدة، المستشار ورئيس لجنة بالمجلس، والسيد "
                        "عزيز الفشان، الإطار بقسم المعلوميات والإعلام والأرشيف (مصلحة الإعلام والتواصل وتدبير "
                        "الأرشيف). وقد شرحا منطلقات المشروع والمقاربة التي اعتمدها، وهي مقاربة تشاركية جمعت "
                        "مكونات المجلس من منتخبين وموظفين.",
                        "تحدد الاستراتيجية المواضيع التي تريد الجماعة التواصل بشأنها، والرسائل التي تريد "
                        "إيصالها إلى العموم، والأدوات والآليات المناسبة لكل فئة مستهدفة. ومن المواضيع التي "
                        "شملها التواصل في المرحلة السابقة:",
                        ul(
                            "برنامج عمل الجماعة",
                            "تجويد وثائق التعمير",
                            "تجويد المراسلات",
                            "تهيئة الشوارع الرئيسية",
                            "النظافة",
                            "دعم الجمعيات",
                            "تحسين الاستقبال",
                            "تدبير الشكايات",
                        ),
                        "أما مواضيع الاشتغال للفترة 2019-2020 فهي:",
                        ul(
                            "الاستراتيجية الثقافية",
                            "التدبير اللامادي لوثائق التعمير",
                            "الاستراتيجية التواصلية",
                            "استغلال المرافق العمومية",
                            "تجويد المراسلات",
                            "الإنارة العمومية",
                            "المحطة الطرقية",
                            "إرساء نظام مندمج داخل الجماعة",
                        ),
                        "وقدّم المتدخلان الخطوات العملية لكل عمل تواصلي:",
                        ol(
                            "فكرة تواصلية تنطلق من الإمكانات المتاحة.",
                            "تخطيط لتطوير العمل وتجويده.",
                            "تنزيل سليم للأفكار.",
                            "تقييم وبحث في مؤشرات النجاعة.",
                        ),
                        "وترى الجماعة في هذه الاستراتيجية أولوية، لأنها جزء من التدبير ومن تجويد عملها "
                        "وخدماتها. وقد استأثر الجانب التواصلي باهتمام المشاركين في الورشة، فعرض ممثلو الجماعة "
                        "أدواتهم وآلياتهم، وطالب الحاضرون بعرض هذه التجارب على الجماعات الشريكة في البرنامج.",
                        h2("خلاصات الورشات"),
                        ul(
                            "وجود القرار السياسي.",
                            "انخراط موظفي الجماعة جماعيا في إنجاح التجربة لتيسير تنزيلها.",
                            "مواكبة المديرية العامة للجماعات المحلية.",
                            "تقوية التواصل الداخلي والخارجي.",
                            "تحديد المسؤوليات وأشكال التواصل والتعامل مع الآخر.",
                            "تحديد المسؤول عن توقيع الوثائق.",
                            "المساطر المفتاحية التي تخدم المرتفق.",
                            "الموازاة بين البعد القانوني والبعد الخدماتي.",
                        ),
                        "وتضمن المنتدى كذلك جلسة نقاش حول «الجماعات رافعة للحكامة الترابية والجهوية المتقدمة».",
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "المنتدى السنوي الثالث للجماعات",
                        "text": "برنامج المنتدى وخلاصات ورشاته.",
                        "page": page("event:ouarzazate"),
                        "url": "",
                        "button_label": "صفحة المنتدى",
                    },
                ),
            ],
        },
        "fr": {
            "title": "La commune de Meknès présente son expérience des services communaux et de la communication au "
            "forum annuel des communes de Ouarzazate",
            "search_description": "La participation de la commune de Meknès au troisième forum annuel des communes "
            "à Ouarzazate (20-21 novembre 2019) : l'amélioration du guide des procédures et la stratégie de "
            "communication 2019-2020.",
            "summary": "La commune de Meknès a pris part au troisième forum annuel des communes à Ouarzazate, les "
            "20 et 21 novembre 2019, avec deux présentations : la première sur l'amélioration du guide des "
            "procédures, la seconde sur sa stratégie de communication pour la période 2019-2020.",
            "tags": ["Meknès", "Communication", "Guide des procédures", "Ouarzazate"],
            "body": [
                (
                    "paragraph",
                    rich(
                        "Le troisième forum annuel des communes s'est tenu à Ouarzazate les 20 et 21 novembre "
                        "2019, dans le cadre du programme « Commune citoyenne » que mène le ministère de "
                        "l'Intérieur (Direction Générale des Collectivités Locales) en partenariat avec l'Agence "
                        "allemande de coopération internationale (GIZ) et plusieurs collectivités territoriales. "
                        "Au programme, les expériences de plusieurs villes en matière d'accueil, d'amélioration "
                        "des services communaux et de communication : les communes de Béni Mellal et de Taroudant "
                        "ont présenté leur expérience de l'accueil des usagers, et la commune de Meknès a fait deux "
                        "présentations.",
                        h2("Le guide des procédures : des services pour des usagers de la ville et d'ailleurs"),
                        "La première présentation, faite par M. Mohamed Yahya Kassou, cadre à la Direction "
                        "générale des services, a retracé le travail de la commune pour améliorer son guide des "
                        "procédures. Les "
                        "services de la commune sont nombreux, et ses usagers ne se limitent pas à ses habitants : "
                        "ils viennent de toutes les régions du Maroc et de l'étranger, en raison de la valeur "
                        "historique de la ville et de la diversité de ses résidents.",
                        "C'est pourquoi la commune s'est dotée d'une organisation administrative de 10 divisions "
                        "et 40 services. Une organisation qui peut sembler lourde et qui ne correspond pas au "
                        "modèle adopté au niveau national, mais que justifient le volume et la densité des "
                        "services rendus.",
                    ),
                ),
                (
                    "key_figures",
                    {
                        "heading": "L'organisation administrative de la commune de Meknès",
                        "figures": [
                            {"value": "10", "label": "divisions"},
                            {"value": "40", "label": "services"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "Aux côtés de l'intervenant, le conseiller M. Jaouad El Hassani et M. Redouane El "
                        "Khrissi, cadre à la division des ressources humaines (service de la formation), ont pris "
                        "part au débat de "
                        "l'atelier. Des ateliers sur le même thème ont été consacrés aux communes de Larache et de "
                        "Taroudant.",
                        h2("La stratégie de communication 2019-2020"),
                        "La seconde présentation portait sur la communication communale, tandis que la commune de "
                        "Tiznit présentait, dans un atelier parallèle, sa « charte de communication ». La commune "
                        "de Meknès était représentée par M. Ahmed Benhmida, conseiller et président de commission "
                        "au conseil, et M. Aziz El Fechane, cadre à la division de l'informatique, de l'information et "
                        "des archives (service de l'information, de la communication et de la gestion des "
                        "archives). Ils ont exposé les fondements du projet et sa démarche, une démarche "
                        "participative qui a réuni les composantes du conseil, élus et fonctionnaires.",
                        "La stratégie définit les sujets sur lesquels la commune veut communiquer, les messages "
                        "qu'elle veut faire passer au public, et les outils et les canaux adaptés à chaque public "
                        "cible. Parmi les sujets de communication de la période précédente :",
                        ul(
                            "le programme d'action de la commune ;",
                            "l'amélioration des documents d'urbanisme ;",
                            "l'amélioration du courrier ;",
                            "l'aménagement des grandes avenues ;",
                            "la propreté ;",
                            "le soutien aux associations ;",
                            "l'amélioration de l'accueil ;",
                            "la gestion des réclamations.",
                        ),
                        "Les chantiers de la période 2019-2020 sont les suivants :",
                        ul(
                            "la stratégie culturelle ;",
                            "la gestion dématérialisée des documents d'urbanisme ;",
                            "la stratégie de communication ;",
                            "l'exploitation des équipements publics ;",
                            "l'amélioration du courrier ;",
                            "l'éclairage public ;",
                            "la gare routière ;",
                            "la mise en place d'un système intégré au sein de la commune.",
                        ),
                        "Les intervenants ont présenté les étapes concrètes de toute action de communication :",
                        ol(
                            "une idée de communication qui part des moyens disponibles ;",
                            "une planification pour développer et améliorer l'action ;",
                            "une mise en œuvre rigoureuse des idées ;",
                            "une évaluation et la recherche d'indicateurs d'efficacité.",
                        ),
                        "La commune voit dans cette stratégie une priorité, car elle fait partie de la gestion et "
                        "de l'amélioration de son action et de ses services. Le volet communication a retenu "
                        "l'attention des participants à l'atelier : les représentants de la commune ont présenté "
                        "leurs outils et leurs dispositifs, et l'assistance a demandé que ces expériences soient "
                        "présentées aux communes partenaires du programme.",
                        h2("Les conclusions des ateliers"),
                        ul(
                            "L'existence d'une décision politique.",
                            "L'engagement collectif du personnel communal dans la réussite de l'expérience, pour en "
                            "faciliter la mise en œuvre.",
                            "L'accompagnement de la Direction Générale des Collectivités Locales.",
                            "Le renforcement de la communication interne et externe.",
                            "La définition des responsabilités, des formes de communication et des relations avec "
                            "autrui.",
                            "La désignation du responsable de la signature des documents.",
                            "Les procédures clés au service de l'usager.",
                            "L'équilibre entre la dimension juridique et la dimension de service.",
                        ),
                        "Le forum a également accueilli une table ronde sur « Les communes, levier de la "
                        "gouvernance territoriale et de la régionalisation avancée ».",
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "Le troisième forum annuel des communes",
                        "text": "Le programme du forum et les conclusions de ses ateliers.",
                        "page": page("event:ouarzazate"),
                        "url": "",
                        "button_label": "Page du forum",
                    },
                ),
            ],
        },
    },
    {
        "key": "news:saidia-closing",
        "model": "news.NewsPage",
        "parent": "news",
        "slug": "saidia-meeting-closing-2024",
        # The press article reports the closing "yesterday, Wednesday" 13 November 2024.
        "fields": {
            "date": day("2024-11-14"),
            "category": category("network-news"),
            "hero_image": image("saidia"),
        },
        "ar": {
            "title": "اختتام ملتقى الشبكة بالسعيدية: التشبيك رافعة لتطوير عمل الجماعات الترابية المنفتحة",
            "search_description": "اختتام الملتقى الوطني للشبكة المغربية للجماعات الترابية المنفتحة بالسعيدية: "
            "التشبيك، والاستدامة المؤسسية، وشهادتا نقطتي ارتكاز جهة الشرق وجماعة العيون.",
            "summary": "اختُتمت بالسعيدية أشغال الملتقى الوطني للشبكة، الذي جمع حوالي 350 مشاركا ومشاركة، وأبرز "
            "فيه المشاركون أهمية التشبيك بين الجماعات الترابية الأعضاء لترسيخ مبادئ الانفتاح ونشرها.",
            "tags": ["السعيدية", "التشبيك", "ملتقى وطني"],
            "body": [
                (
                    "paragraph",
                    rich(
                        "اختُتمت يوم الأربعاء 13 نونبر 2024 بالسعيدية أشغال الملتقى الوطني للشبكة المغربية "
                        "للجماعات الترابية المنفتحة، الذي نظمته المديرية العامة للجماعات الترابية بوزارة "
                        "الداخلية تحت شعار «ترسيخ مبادئ الانفتاح بالجماعات الترابية من أجل تنمية محلية دامجة "
                        "ومستدامة».",
                        "وأبرز المشاركون أهمية التشبيك بين الأعضاء لترسيخ مبادئ الانفتاح ونشرها: فهو يوسّع "
                        "أثرها، ويشجع جماعات أخرى على الانخراط، ويحقق التكامل بين الجماعات المنفتحة عبر تبادل "
                        "الأفكار وتقاسم التجارب والخبرات لتطوير مشاريع تنموية مشتركة. كما دعوا إلى تعزيز "
                        "الاستدامة المؤسسية بشراكات قوية ودائمة، تحفظ للجماعات مكتسباتها وتضمن استمراريتها.",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "التشبيك بين الجماعات الترابية المنفتحة آلية مبتكرة لتجاوز ما يواجهها من "
                        "تحديات: استدامة الانفتاح، وانخراط مختلف الفاعلين الترابيين فيه، وتوفير الموارد "
                        "البشرية اللازمة، وتيسير تبادل الخبرات، ودعم مشاريع الانفتاح لدى الأعضاء.",
                        "author": "البكاي زروقي",
                        "role": "نقطة ارتكاز برنامج الحكومة المنفتحة بمجلس جهة الشرق",
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "ومنذ انضمامها إلى الشبكة سنة 2022، أعدت جهة الشرق بطريقة تشاركية خطة عمل للانفتاح من "
                        "أربعة محاور استراتيجية و17 مشروعا و69 نشاطا، صادق عليها مجلس الجهة في دورته العادية "
                        "لشهر أكتوبر 2023 وانطلق تنزيلها مباشرة بعد ذلك. وتعمل الجهة أيضا على الإعداد التشاركي "
                        "لخطة عمل الحكومة المحلية المنفتحة الخاصة بها للفترة 2025-2027.",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "شكّل هذا الملتقى فرصة لمناقشة التحديات المرتبطة بواقع الشبكة، وتداول الحلول "
                        "الممكنة لتجاوزها، في إطار تبادل التجارب والممارسات الفضلى، وإشعاع مبادئ الانفتاح، "
                        "وتطوير عمل الجماعات الترابية المنفتحة.",
                        "author": "سكينة الصبار",
                        "role": "نقطة ارتكاز جماعة العيون",
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "وذكّرت بأن جماعة العيون كانت من السباقين إلى الانفتاح قبل انضمامها إلى الشبكة، إذ "
                        "عملت على تقريب الإدارة من المواطنين انطلاقا من مبادئ الشفافية وضمان الحق في الحصول "
                        "على المعلومة، وعلى تجويد خدماتها الإدارية بالاعتماد على الرقمنة.",
                        h2("بعد سنتين من إطلاق البرنامج"),
                        "جاء الملتقى بعد سنتين من إطلاق برنامج الجماعات الترابية المنفتحة، للوقوف على ما "
                        "تحقق، واستشراف آفاق توسيع البرنامج ومواكبة الجماعات المنخرطة فيه، ودعم التشبيك "
                        "بينها، في أفق تعميم مبادئ الانفتاح على الجماعات الترابية للمملكة كلها.",
                    ),
                ),
                (
                    "key_figures",
                    {
                        "heading": "الشبكة في أرقام",
                        "figures": [
                            {"value": "126", "label": "جماعة ترابية عضو"},
                            {"value": "12", "label": "جهة"},
                            {"value": "7", "label": "مجالس عمالات وأقاليم"},
                            {"value": "107", "label": "جماعة"},
                            {"value": "1590", "label": "جماعة ترابية بالمغرب"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "شارك في الملتقى، على مدى يومين، حوالي 350 شخصا من منتخبين وأطر إدارية وممثلي الهيئات "
                        "الاستشارية المحدثة لدى المجالس الأعضاء. ونُظم بشراكة مع برنامج دعم الحكومات المنفتحة "
                        "الفرنكوفونية (PAGOF) الممول من الوكالة الفرنسية للتنمية (AFD)، وتضمن ورشات حول دور "
                        "التواصل في خدمة انفتاح الجماعات الترابية، ووضع المشاريع ومؤشرات التقييم، والمشاركة "
                        "المواطنة والتعاون بين الفاعلين، إضافة إلى ورشات دعم تشبيك الجماعات الترابية.",
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "الملتقى الوطني بالسعيدية",
                        "text": "برنامج الملتقى، وتقرير ورشة التواصل وتوصياتها العشر.",
                        "page": page("event:saidia"),
                        "url": "",
                        "button_label": "صفحة الملتقى",
                    },
                ),
            ],
        },
        "fr": {
            "title": "Clôture de la rencontre du réseau à Saïdia : le réseautage, levier pour développer l'action "
            "des collectivités territoriales ouvertes",
            "search_description": "Clôture de la rencontre nationale du Réseau Marocain des Collectivités "
            "Territoriales Ouvertes à Saïdia : le réseautage, la pérennité institutionnelle, et les témoignages "
            "des points focaux de la Région de l'Oriental et de la commune de Laâyoune.",
            "summary": "À Saïdia se sont achevés les travaux de la rencontre nationale du réseau, qui a réuni "
            "quelque 350 participantes et participants. Ceux-ci ont souligné l'importance du réseautage entre "
            "collectivités territoriales membres pour ancrer et diffuser les principes de l'ouverture.",
            "tags": ["Saïdia", "Réseautage", "Rencontre nationale"],
            "body": [
                (
                    "paragraph",
                    rich(
                        "Les travaux de la rencontre nationale du Réseau Marocain des Collectivités Territoriales "
                        "Ouvertes se sont achevés le mercredi 13 novembre 2024 à Saïdia. La rencontre était "
                        "organisée par la Direction Générale des Collectivités Territoriales (DGCT) du ministère "
                        "de l'Intérieur sous le slogan « Ancrer les principes de l'ouverture dans les "
                        "collectivités territoriales pour un développement local inclusif et durable ».",
                        "Les participants ont souligné l'importance du réseautage entre les membres pour ancrer "
                        "et diffuser les principes de l'ouverture : il en élargit la portée, encourage d'autres "
                        "collectivités à s'y engager et crée des complémentarités entre collectivités ouvertes, "
                        "par l'échange d'idées et le partage d'expériences et de savoir-faire, au service de "
                        "projets de développement communs. Ils ont aussi appelé à renforcer la pérennité "
                        "institutionnelle par des partenariats solides et durables, qui préservent les acquis des "
                        "collectivités et en garantissent la continuité.",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "Le réseautage entre collectivités territoriales ouvertes est un mécanisme "
                        "innovant pour surmonter les défis qu'elles rencontrent : pérenniser l'ouverture, y "
                        "associer les différents acteurs territoriaux, disposer des ressources humaines "
                        "nécessaires, faciliter l'échange d'expertise et soutenir les projets d'ouverture des "
                        "membres.",
                        "author": "El Bekkay Zerrouki",
                        "role": "Point focal du programme de gouvernement ouvert au conseil de la Région de l'Oriental",
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "Depuis son adhésion au réseau en 2022, la Région de l'Oriental a élaboré de manière "
                        "participative un plan d'action pour l'ouverture de quatre axes stratégiques, 17 projets "
                        "et 69 activités, adopté par le conseil régional lors de sa session ordinaire d'octobre "
                        "2023 et mis en œuvre aussitôt après. La Région prépare également, de manière "
                        "participative, son plan d'action de gouvernement local ouvert pour la période 2025-2027.",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": "Cette rencontre a été l'occasion de débattre des défis liés à la situation du "
                        "réseau et des solutions possibles pour les surmonter, dans un esprit d'échange "
                        "d'expériences et de bonnes pratiques, de rayonnement des principes de l'ouverture et de "
                        "développement de l'action des collectivités territoriales ouvertes.",
                        "author": "Sakina Essabbar",
                        "role": "Point focal de la commune de Laâyoune",
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "Elle a rappelé que la commune de Laâyoune comptait parmi les pionnières de l'ouverture "
                        "avant même son adhésion au réseau : elle s'est employée à rapprocher l'administration des "
                        "citoyens, en partant des principes de transparence et de garantie du droit d'accès à "
                        "l'information, et à améliorer ses services administratifs grâce au numérique.",
                        h2("Deux ans après le lancement du programme"),
                        "La rencontre intervenait deux ans après le lancement du programme des collectivités "
                        "territoriales ouvertes, pour faire le point sur les acquis, tracer les perspectives "
                        "d'extension du programme et d'accompagnement des collectivités qui y participent, et "
                        "soutenir le réseautage entre elles, avec pour horizon l'extension des principes de "
                        "l'ouverture à toutes les collectivités territoriales du Royaume.",
                    ),
                ),
                (
                    "key_figures",
                    {
                        "heading": "Le réseau en chiffres",
                        "figures": [
                            {"value": "126", "label": "collectivités territoriales membres"},
                            {"value": "12", "label": "régions"},
                            {"value": "7", "label": "conseils préfectoraux et provinciaux"},
                            {"value": "107", "label": "communes"},
                            {"value": "1590", "label": "collectivités territoriales au Maroc"},
                        ],
                    },
                ),
                (
                    "paragraph",
                    rich(
                        "Pendant deux jours, la rencontre a réuni quelque 350 personnes : élus, cadres "
                        "administratifs et représentants des instances consultatives créées auprès des conseils "
                        "membres. Organisée en partenariat avec le Projet d'appui aux gouvernements ouverts "
                        "francophones (PAGOF), financé par l'Agence française de développement (AFD), elle a "
                        "proposé des ateliers sur le rôle de la communication au service de l'ouverture des "
                        "collectivités territoriales, l'élaboration des projets et des indicateurs d'évaluation, "
                        "la participation citoyenne et la coopération entre les acteurs, ainsi que des ateliers "
                        "d'appui au réseautage des collectivités territoriales.",
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "La rencontre nationale de Saïdia",
                        "text": "Le programme de la rencontre, le compte rendu de l'atelier sur la communication "
                        "et ses dix recommandations.",
                        "page": page("event:saidia"),
                        "url": "",
                        "button_label": "Page de la rencontre",
                    },
                ),
            ],
        },
    },
]

# Everything below the home page, parents before children.
PAGES = INDEX_PAGES + EXPERIENCES + EVENTS + NEWS
