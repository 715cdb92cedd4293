"""Demo galleries in four languages, with generated placeholder photos.

The photos are drawn by Pillow (turnbackcrime.demo.helpers.placeholder_image),
so every alt text and credit says they are illustrations standing in for
photos: nothing here pretends to show a real scene.
"""

import datetime

from turnbackcrime.demo.helpers import placeholder_image, set_translated

from .models import GalleryIndexPage, GalleryPage, GalleryPhoto

INDEX = {
    "title": {"en": "Galleries", "fr": "Galeries", "es": "Galerías", "ar": "معارض الصور"},
    "slug": {"en": "galleries", "fr": "galeries", "es": "galerias", "ar": "galleries-ar"},
    "intro": {
        "en": "The campaign in pictures: launch events, operations and partners around the world.",
        "fr": "La campagne en images : événements de lancement, opérations et partenaires dans le monde.",
        "es": "La campaña en imágenes: actos de lanzamiento, operaciones y socios de todo el mundo.",
        "ar": "الحملة بالصور: فعاليات الإطلاق والعمليات والشركاء في أنحاء العالم.",
    },
}

# How a placeholder is described, in each language: {s} is what the photo would show.
ALT = {
    "en": "Illustration standing in for a photo of {s}",
    "fr": "Illustration tenant lieu d’une photo : {s}",
    "es": "Ilustración en lugar de una foto: {s}",
    "ar": "رسم توضيحي يحل محل صورة: {s}",
}
CREDIT = {
    "en": "Placeholder illustration (demo content)",
    "fr": "Illustration provisoire (contenu de démonstration)",
    "es": "Ilustración provisional (contenido de demostración)",
    "ar": "رسم توضيحي مؤقت (محتوى تجريبي)",
}

CITIES = [
    {"en": "Bogotá", "fr": "Bogotá", "es": "Bogotá", "ar": "بوغوتا"},
    {"en": "Dar es Salaam", "fr": "Dar es Salaam", "es": "Dar es Salaam", "ar": "دار السلام"},
    {"en": "Jakarta", "fr": "Jakarta", "es": "Yakarta", "ar": "جاكرتا"},
    {"en": "Koper", "fr": "Koper", "es": "Koper", "ar": "كوبر"},
    {"en": "Paris", "fr": "Paris", "es": "París", "ar": "باريس"},
]


def launch_photos():
    photos = [
        {
            "en": f"the launch event in {city['en']} on 5 June 2014",
            "fr": f"l’événement de lancement à {city['fr']}, le 5 juin 2014",
            "es": f"el acto de lanzamiento en {city['es']}, el 5 de junio de 2014",
            "ar": f"فعالية الإطلاق في {city['ar']} يوم 5 يونيو 2014",
        }
        for city in CITIES
    ]
    photos.append(
        {
            "en": "campaign posters with the hashtags #TurnBackCrime and #TogetherWeCan",
            "fr": "des affiches de la campagne avec les mots-clés #TurnBackCrime et #TogetherWeCan",
            "es": "carteles de la campaña con las etiquetas #TurnBackCrime y #TogetherWeCan",
            "ar": "ملصقات الحملة مع الوسمين #TurnBackCrime و‎#TogetherWeCan",
        }
    )
    return photos


GALLERIES = [
    {
        "key": "launch",
        "date": datetime.date(2014, 6, 5),
        "title": {
            "en": "The campaign launch in five cities",
            "fr": "Le lancement de la campagne dans cinq villes",
            "es": "El lanzamiento de la campaña en cinco ciudades",
            "ar": "إطلاق الحملة في خمس مدن",
        },
        "slug": {
            "en": "campaign-launch",
            "fr": "lancement-campagne",
            "es": "lanzamiento-campana",
            "ar": "launch-ar",
        },
        "place": {
            "en": "Bogotá, Dar es Salaam, Jakarta, Koper and Paris",
            "fr": "Bogotá, Dar es Salaam, Jakarta, Koper et Paris",
            "es": "Bogotá, Dar es Salaam, Yakarta, Koper y París",
            "ar": "بوغوتا ودار السلام وجاكرتا وكوبر وباريس",
        },
        "summary": {
            "en": (
                "INTERPOL launched Turn Back Crime on 5 June 2014 with events on four continents. "
                "These placeholder illustrations stand in for photos of the day."
            ),
            "fr": (
                "INTERPOL a lancé Turn Back Crime le 5 juin 2014 avec des événements sur quatre "
                "continents. Ces illustrations provisoires remplacent les photos de la journée."
            ),
            "es": (
                "INTERPOL lanzó Turn Back Crime el 5 de junio de 2014 con actos en cuatro continentes. "
                "Estas ilustraciones provisionales sustituyen a las fotos de la jornada."
            ),
            "ar": (
                "أطلق الإنتربول حملة Turn Back Crime في 5 يونيو 2014 بفعاليات في أربع قارات. "
                "تحل هذه الرسوم التوضيحية المؤقتة محل صور ذلك اليوم."
            ),
        },
        "photos": launch_photos(),
    },
    {
        "key": "wipeout",
        "date": datetime.date(2014, 7, 1),
        "title": {
            "en": "Operation Wipeout: dangerous fakes seized",
            "fr": "Opération Wipeout : des contrefaçons dangereuses saisies",
            "es": "Operación Wipeout: falsificaciones peligrosas incautadas",
            "ar": "عملية Wipeout: ضبط سلع مقلدة خطرة",
        },
        "slug": {
            "en": "operation-wipeout",
            "fr": "operation-wipeout",
            "es": "operacion-wipeout",
            "ar": "wipeout-ar",
        },
        "place": {
            "en": "Seven countries of Eastern and Southern Africa",
            "fr": "Sept pays d’Afrique orientale et australe",
            "es": "Siete países de África oriental y meridional",
            "ar": "سبعة بلدان في شرق أفريقيا وجنوبها",
        },
        "summary": {
            "en": (
                "In July 2014 authorities in seven countries seized counterfeit and illicit goods that "
                "put health and safety at risk. Placeholder illustrations stand in for the photos."
            ),
            "fr": (
                "En juillet 2014, les autorités de sept pays ont saisi des produits contrefaits et "
                "illicites dangereux pour la santé et la sécurité. Des illustrations provisoires "
                "remplacent les photos."
            ),
            "es": (
                "En julio de 2014, las autoridades de siete países incautaron productos falsificados e "
                "ilícitos que ponían en riesgo la salud y la seguridad. Unas ilustraciones provisionales "
                "sustituyen a las fotos."
            ),
            "ar": (
                "في يوليو 2014 ضبطت السلطات في سبعة بلدان سلعًا مقلدة وغير مشروعة تهدد الصحة "
                "والسلامة. تحل رسوم توضيحية مؤقتة محل الصور."
            ),
        },
        "photos": [
            {
                "en": "tins of unapproved baby formula seized in the operation",
                "fr": "des boîtes de lait infantile non homologué saisies pendant l’opération",
                "es": "latas de leche infantil no autorizada incautadas en la operación",
                "ar": "علب حليب أطفال غير معتمد ضُبطت خلال العملية",
            },
            {
                "en": "cosmetics containing banned ingredients",
                "fr": "des cosmétiques contenant des ingrédients interdits",
                "es": "cosméticos con ingredientes prohibidos",
                "ar": "مستحضرات تجميل تحتوي على مكونات محظورة",
            },
            {
                "en": "branded gas cylinders that had been illegally refilled",
                "fr": "des bouteilles de gaz de marque remplies illégalement",
                "es": "bombonas de gas de marca rellenadas ilegalmente",
                "ar": "أسطوانات غاز تحمل علامات تجارية أُعيدت تعبئتها بشكل غير قانوني",
            },
            {
                "en": "counterfeit goods set out for inspection",
                "fr": "des produits contrefaits disposés pour être inspectés",
                "es": "productos falsificados dispuestos para su inspección",
                "ar": "سلع مقلدة معروضة للفحص",
            },
            {
                "en": "illicit goods recovered during the operation",
                "fr": "des marchandises illicites récupérées pendant l’opération",
                "es": "mercancías ilícitas recuperadas durante la operación",
                "ar": "سلع غير مشروعة استُرجعت خلال العملية",
            },
            {
                "en": "a map of the seven countries that took part",
                "fr": "une carte des sept pays participants",
                "es": "un mapa de los siete países participantes",
                "ar": "خريطة البلدان السبعة المشاركة",
            },
        ],
    },
    {
        "key": "partners",
        "date": datetime.date(2014, 11, 1),
        "title": {
            "en": "National launches and partner events",
            "fr": "Lancements nationaux et événements des partenaires",
            "es": "Lanzamientos nacionales y actos de los socios",
            "ar": "عمليات الإطلاق الوطنية وفعاليات الشركاء",
        },
        "slug": {
            "en": "partner-events",
            "fr": "evenements-partenaires",
            "es": "actos-socios",
            "ar": "partners-ar",
        },
        "place": {
            "en": "More than 40 countries",
            "fr": "Plus de 40 pays",
            "es": "Más de 40 países",
            "ar": "أكثر من 40 بلدًا",
        },
        "summary": {
            "en": (
                "From November 2014 police forces in more than 40 countries ran the campaign "
                "nationally. The scenes marked as examples are fictional; all pictures are placeholders."
            ),
            "fr": (
                "À partir de novembre 2014, les polices de plus de 40 pays ont mené la campagne à "
                "l’échelle nationale. Les scènes marquées comme exemples sont fictives ; toutes les "
                "images sont provisoires."
            ),
            "es": (
                "Desde noviembre de 2014, las policías de más de 40 países llevaron la campaña a escala "
                "nacional. Las escenas marcadas como ejemplo son ficticias; todas las imágenes son "
                "provisionales."
            ),
            "ar": (
                "منذ نوفمبر 2014 نفذت أجهزة الشرطة في أكثر من 40 بلدًا الحملة على المستوى الوطني. "
                "المشاهد الموسومة بأنها أمثلة متخيلة، وجميع الصور مؤقتة."
            ),
        },
        "photos": [
            {
                "en": "the national campaign launch in Austria",
                "fr": "le lancement national de la campagne en Autriche",
                "es": "el lanzamiento nacional de la campaña en Austria",
                "ar": "الإطلاق الوطني للحملة في النمسا",
            },
            {
                "en": "the national campaign launch in Zambia",
                "fr": "le lancement national de la campagne en Zambie",
                "es": "el lanzamiento nacional de la campaña en Zambia",
                "ar": "الإطلاق الوطني للحملة في زامبيا",
            },
            {
                "en": "the national campaign launch in Swaziland",
                "fr": "le lancement national de la campagne au Swaziland",
                "es": "el lanzamiento nacional de la campaña en Suazilandia",
                "ar": "الإطلاق الوطني للحملة في سوازيلاند",
            },
            {
                "en": "a police force recording its pledge video (an example)",
                "fr": "une police enregistrant sa vidéo d’engagement (un exemple)",
                "es": "una policía grabando su vídeo de compromiso (un ejemplo)",
                "ar": "جهاز شرطة يسجل فيديو تعهده (مثال)",
            },
            {
                "en": "a local sports club taking the pledge (an example)",
                "fr": "un club sportif local qui s’engage (un exemple)",
                "es": "un club deportivo local que se compromete (un ejemplo)",
                "ar": "نادٍ رياضي محلي يعلن تعهده (مثال)",
            },
            {
                "en": "a campaign information stand at a town market (an example)",
                "fr": "un stand d’information de la campagne sur un marché (un exemple)",
                "es": "un puesto informativo de la campaña en un mercado (un ejemplo)",
                "ar": "منصة معلومات للحملة في سوق بلدة (مثال)",
            },
        ],
    },
]


def _capitalised(values):
    return {lang: text[:1].upper() + text[1:] for lang, text in values.items()}


def _photo(gallery, position, subject):
    # Every fourth photo is portrait, so the lightbox shows both shapes. Modest
    # sizes keep the publish-time renditions (AVIF is slow to encode) quick.
    portrait = position % 4 == 3
    image = placeholder_image(
        f"Gallery placeholder: {gallery['key']} {position + 1}",
        width=768 if portrait else 1024,
        height=960 if portrait else 683,
    )
    photo = GalleryPhoto(image=image, sort_order=position)
    set_translated(photo, "alt_text", {lang: ALT[lang].format(s=text) for lang, text in subject.items()})
    set_translated(photo, "caption", _capitalised(subject))
    set_translated(photo, "credit", CREDIT)
    return photo


def build(demo):
    index = GalleryIndexPage.objects.first()
    if index is None:
        index = GalleryIndexPage(show_in_menus=True)
        set_translated(index, "title", INDEX["title"])
        set_translated(index, "slug", INDEX["slug"])
        set_translated(index, "intro", INDEX["intro"])
        demo.home.add_child(instance=index)
        index.save_revision().publish()
        demo.created("gallery index page")

    for data in GALLERIES:
        if GalleryPage.objects.filter(slug_en=data["slug"]["en"]).exists():
            continue
        gallery = GalleryPage(date=data["date"])
        for field in ("title", "slug", "place", "summary"):
            set_translated(gallery, field, data[field])
        gallery.photos = [_photo(data, position, subject) for position, subject in enumerate(data["photos"])]
        index.add_child(instance=gallery)
        # Publishing makes the renditions (TeaserMixin's publish hook).
        gallery.save_revision().publish()
        demo.created(f"gallery {data['title']['en']!r}")
