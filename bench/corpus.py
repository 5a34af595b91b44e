"""Bulletins as communes write them, in Arabic and French, made up from the themes of their daily news.

Each bulletin is drawn from a topic, a kind of announcement and a handful of sentences, the same choices
giving its Arabic text and its French translation. Words run from very common (الجماعة, commune) to rare
(the neighbourhoods of `PLACES`, each in about one bulletin in a thousand), which is what the search
benchmark needs: common words that match a large share of the table, rare ones that match a few rows.
"""

import datetime
from dataclasses import dataclass

# (Arabic, French) subjects of municipal news.
TOPICS = [
    ("الإنارة العمومية", "l'éclairage public"),
    ("جمع النفايات المنزلية", "la collecte des déchets ménagers"),
    ("تهيئة الطرق والأرصفة", "l'aménagement des routes et des trottoirs"),
    ("الماء الصالح للشرب", "l'eau potable"),
    ("التطهير السائل", "l'assainissement liquide"),
    ("المساحات الخضراء", "les espaces verts"),
    ("النقل الحضري", "le transport urbain"),
    ("السوق الأسبوعي", "le souk hebdomadaire"),
    ("مكاتب الحالة المدنية", "les bureaux de l'état civil"),
    ("رخص البناء", "les autorisations de construire"),
    ("الميزانية الجماعية", "le budget communal"),
    ("برنامج عمل الجماعة", "le programme d'action de la commune"),
    ("الصفقات العمومية", "les marchés publics"),
    ("مكتب المواطن", "le bureau du citoyen"),
    ("تدبير الشكايات", "le traitement des réclamations"),
    ("الحق في الحصول على المعلومات", "le droit d'accès à l'information"),
    ("الميزانية التشاركية", "le budget participatif"),
    ("العرائض والتشاور العمومي", "les pétitions et la consultation publique"),
    ("الأنشطة الرياضية للشباب", "les activités sportives des jeunes"),
    ("تمكين النساء", "l'autonomisation des femmes"),
    ("الحملات الطبية", "les campagnes médicales"),
    ("النقل المدرسي", "le transport scolaire"),
    ("المهرجان الثقافي", "le festival culturel"),
    ("حماية البيئة", "la protection de l'environnement"),
    ("الخدمات الإلكترونية", "les services en ligne"),
    ("التشغيل والاستثمار", "l'emploi et l'investissement"),
    ("التعمير والسكن", "l'urbanisme et l'habitat"),
    ("الوقاية من الفيضانات", "la prévention des inondations"),
    ("التعاون اللامركزي", "la coopération décentralisée"),
    ("الشفافية والنشر الاستباقي", "la transparence et la publication proactive"),
]

# (Arabic, French) kinds of bulletin; {topic} and {member} are filled in.
TITLES = [
    ("بلاغ حول {topic}", "Communiqué sur {topic}"),
    ("{member} تطلق برنامجا جديدا في مجال {topic}", "{member} lance un nouveau programme : {topic}"),
    ("اجتماع اللجنة المختصة لدراسة ملف {topic}", "Réunion de la commission chargée de {topic}"),
    ("إعلان للعموم بخصوص {topic}", "Avis au public concernant {topic}"),
    ("حصيلة سنة من العمل في مجال {topic}", "Bilan d'une année d'action : {topic}"),
    ("لقاء تواصلي مع الساكنة حول {topic}", "Rencontre avec les habitants sur {topic}"),
    ("توقيع اتفاقية شراكة في مجال {topic}", "Signature d'une convention de partenariat : {topic}"),
    ("انطلاق أشغال مشروع {topic}", "Lancement des travaux du projet : {topic}"),
]

SENTENCES = [
    (
        "تخبر {member} عموم المواطنات والمواطنين أنها ستعمل خلال الأسابيع المقبلة على تحسين {topic} في مختلف أحياء "
        "الجماعة.",
        "{member} informe les citoyennes et les citoyens qu'elle améliorera {topic} dans les différents quartiers "
        "de la commune au cours des prochaines semaines.",
    ),
    (
        "وقد صادق المجلس الجماعي خلال دورته العادية على الاعتمادات اللازمة لهذا المشروع بمبلغ {amount} درهم.",
        "Le conseil communal a approuvé, lors de sa session ordinaire, les crédits nécessaires à ce projet, soit "
        "{amount} dirhams.",
    ),
    (
        "ويندرج هذا البرنامج في إطار تنزيل برنامج عمل الجماعة وتعزيز جودة الخدمات المقدمة للمرتفقين.",
        "Ce programme s'inscrit dans la mise en œuvre du programme d'action de la commune et l'amélioration de la "
        "qualité des services rendus aux usagers.",
    ),
    (
        "ويمكن للمواطنين تتبع مراحل إنجاز المشروع على الموقع الإلكتروني للجماعة وبمكتب المواطن.",
        "Les citoyens peuvent suivre l'avancement du projet sur le site internet de la commune et au bureau du "
        "citoyen.",
    ),
    (
        "وتدعو الجماعة الساكنة إلى التعاون مع المصالح المختصة والإبلاغ عن كل خلل عبر الرقم الأخضر.",
        "La commune invite les habitants à coopérer avec les services compétents et à signaler tout "
        "dysfonctionnement au numéro vert.",
    ),
    (
        "وقد عرف اللقاء حضور ممثلي السلطة المحلية وجمعيات المجتمع المدني وعدد من المنتخبين.",
        "La rencontre a réuni des représentants de l'autorité locale, des associations de la société civile et "
        "plusieurs élus.",
    ),
    (
        "وتهم الأشغال في مرحلتها الأولى {count} من الأحياء، على أن تشمل باقي الأحياء خلال السنة المقبلة.",
        "Les travaux concernent dans un premier temps {count} quartiers, les autres devant suivre l'année prochaine.",
    ),
    (
        "وتأتي هذه المبادرة تفعيلا لمبادئ الديمقراطية التشاركية والحكامة الجيدة التي يكرسها الدستور.",
        "Cette initiative met en œuvre les principes de démocratie participative et de bonne gouvernance "
        "consacrés par la Constitution.",
    ),
    (
        "كما تم تخصيص فضاء لاستقبال الملاحظات والاقتراحات إلى غاية {date}.",
        "Un espace est également ouvert pour recueillir les observations et propositions jusqu'au {date}.",
    ),
    (
        "وأكد رئيس المجلس في كلمته على أهمية إشراك الساكنة في تتبع المشاريع الجماعية وتقييمها.",
        "Dans son allocution, le président du conseil a souligné l'importance d'associer les habitants au suivi "
        "et à l'évaluation des projets communaux.",
    ),
    (
        "وتشمل العملية كذلك صيانة التجهيزات القديمة وتعويضها بتجهيزات أقل استهلاكا للطاقة.",
        "L'opération comprend aussi l'entretien des équipements anciens et leur remplacement par des équipements "
        "plus économes en énergie.",
    ),
    (
        "وفي هذا الصدد، تم نشر جميع الوثائق المتعلقة بالمشروع احتراما للحق في الحصول على المعلومات.",
        "À cet effet, tous les documents relatifs au projet ont été publiés, dans le respect du droit d'accès à "
        "l'information.",
    ),
]

# Neighbourhoods and places, each rare in the corpus: what a rare-word search looks for.
PLACES = [
    ("حي الزيتون", "quartier Zitoune"),
    ("دوار أولاد الطيب", "douar Oulad Tayeb"),
    ("حي النسيم", "quartier Nassim"),
    ("دوار تغزوت", "douar Taghzout"),
    ("حي الأمل", "quartier Al Amal"),
    ("دوار بوسكورة", "douar Bouskoura"),
    ("حي السلام", "quartier Essalam"),
    ("دوار إيمي نتليت", "douar Imi n'Tlit"),
    ("حي الفرح", "quartier Al Farah"),
    ("دوار أيت باها", "douar Aït Baha"),
]

MONTHS = {
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


@dataclass
class Bulletin:
    date: datetime.date
    texts: dict  # language code → {"title", "summary", "paragraphs"}


def make_bulletin(random, member_names, date):
    """One bulletin, in Arabic and French, about a random topic of a member (names by language) on `date`."""
    topic = random.choice(TOPICS)
    title = random.choice(TITLES)
    sentences = random.sample(SENTENCES, random.randint(5, 9))
    place = random.choice(PLACES) if random.random() < 0.01 else None
    values = {
        "amount": f"{random.randint(2, 90) * 50_000:,}".replace(",", " "),
        "count": random.randint(3, 24),
    }
    texts = {}
    for index, code in enumerate(("ar", "fr")):
        deadline = date + datetime.timedelta(days=random.randint(10, 60))
        fill = {
            "topic": topic[index],
            "member": member_names[code],
            "date": f"{deadline.day} {MONTHS[code][deadline.month - 1]} {deadline.year}",
            **values,
        }
        paragraphs = []
        for start in range(0, len(sentences), 3):
            paragraphs.append(" ".join(sentence[index].format(**fill) for sentence in sentences[start : start + 3]))
        if place:
            paragraphs.append(
                ("وتنطلق العملية من {place}." if code == "ar" else "L'opération commence par {place}.").format(
                    place=place[index]
                )
            )
        texts[code] = {
            "title": title[index].format(**fill),
            "summary": sentences[0][index].format(**fill),
            "paragraphs": paragraphs,
        }
    return Bulletin(date=date, texts=texts)
