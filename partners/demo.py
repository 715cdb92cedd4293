# ruff: noqa: E501  (demo prose in four languages reads better unwrapped)
"""Demo partners, partner news and pledges (`load_demo_content`).

Real organisations appear only with what the campaign's public record says
(see the campaign facts): who supported it and how, never invented words.
Everything else is fictional and says so in its name.
"""

import datetime

from wagtail.rich_text import RichText

from turnbackcrime.demo.helpers import placeholder_image, set_translated

from .models import Partner, PartnerNewsIndexPage, PartnerNewsPage, Pledge, PledgePage, PledgeStatus

INDEX = {
    "title": {
        "en": "Support from around the world",
        "fr": "Un soutien venu du monde entier",
        "es": "Apoyo de todo el mundo",
        "ar": "دعم من جميع أنحاء العالم",
    },
    "slug": {"en": "support", "fr": "soutien", "es": "apoyo", "ar": "support-ar"},
    "intro": {
        "en": "Police forces, governments, companies and sports clubs in many countries back the campaign.",
        "fr": "Forces de police, gouvernements, entreprises et clubs sportifs de nombreux pays soutiennent la campagne.",
        "es": "Fuerzas policiales, gobiernos, empresas y clubes deportivos de muchos países respaldan la campaña.",
        "ar": "تدعم الحملةَ أجهزةُ شرطة وحكومات وشركات ونوادٍ رياضية في بلدان كثيرة.",
    },
}

PLEDGE_PAGE = {
    "title": {
        "en": "Take the pledge",
        "fr": "Prenez l'engagement",
        "es": "Comprométase",
        "ar": "تعهّد بالدعم",
    },
    "slug": {"en": "take-the-pledge", "fr": "engagez-vous", "es": "comprometase", "ar": "pledge-ar"},
    "intro": {
        "en": "Organisations everywhere can stand with the police against organised crime. Tell us how yours will help.",
        "fr": "Partout, les organisations peuvent se tenir aux côtés de la police contre le crime organisé. Dites-nous comment la vôtre agira.",
        "es": "Las organizaciones de todo el mundo pueden unirse a la policía contra el crimen organizado. Cuéntenos cómo ayudará la suya.",
        "ar": "يمكن للمنظمات في كل مكان أن تقف إلى جانب الشرطة في مواجهة الجريمة المنظمة. أخبرنا كيف ستساعد منظمتك.",
    },
    "thank_you_text": {
        "en": "Your support helps more people recognise organised crime around them.",
        "fr": "Votre soutien aide davantage de personnes à reconnaître le crime organisé autour d'elles.",
        "es": "Su apoyo ayuda a que más personas reconozcan el crimen organizado a su alrededor.",
        "ar": "يساعد دعمك مزيدًا من الناس على التعرّف على الجريمة المنظمة من حولهم.",
    },
}

# (key, name, kind, country, website, description by language)
PARTNERS = [
    (
        "mali",
        "Délégation de la défense nationale, de la sécurité et de la protection civile (Mali)",
        "government",
        "ML",
        "",
        {
            "en": "Mali's national-defence and security delegation, which declared its support for the campaign.",
            "fr": "La délégation malienne chargée de la défense nationale et de la sécurité, qui a déclaré son soutien à la campagne.",
            "es": "La delegación de defensa nacional y seguridad de Malí, que declaró su apoyo a la campaña.",
            "ar": "وفد الدفاع الوطني والأمن في مالي، الذي أعلن دعمه للحملة.",
        },
    ),
    (
        "us",
        "US law enforcement",
        "police",
        "US",
        "",
        {
            "en": "Law enforcement in the United States, which announced its support for the campaign.",
            "fr": "Les forces de l'ordre des États-Unis, qui ont annoncé leur soutien à la campagne.",
            "es": "Las fuerzas del orden de Estados Unidos, que anunciaron su apoyo a la campaña.",
            "ar": "أجهزة إنفاذ القانون في الولايات المتحدة، التي أعلنت دعمها للحملة.",
        },
    ),
    (
        "ferrari",
        "Scuderia Ferrari (Formula 1 team)",
        "sports_club",
        "IT",
        "",
        {
            "en": "Ferrari's Formula 1 team, which recorded a pledge video for the campaign.",
            "fr": "L'écurie de Formule 1 de Ferrari, qui a enregistré une vidéo d'engagement pour la campagne.",
            "es": "La escudería de Fórmula 1 de Ferrari, que grabó un vídeo de compromiso para la campaña.",
            "ar": "فريق فيراري للفورمولا 1، الذي سجّل مقطع فيديو يعلن فيه تعهده بدعم الحملة.",
        },
    ),
    (
        "rcmp",
        "Royal Canadian Mounted Police",
        "police",
        "CA",
        "",
        {
            "en": "Canada's national police force, which published its pledge in English and French.",
            "fr": "La police nationale du Canada, qui a publié son engagement en anglais et en français.",
            "es": "La policía nacional de Canadá, que publicó su compromiso en inglés y en francés.",
            "ar": "الشرطة الوطنية الكندية، التي نشرت تعهدها بالإنجليزية والفرنسية.",
        },
    ),
    (
        "example-police",
        "Example Harbour Police (example)",
        "police",
        "NZ",
        "https://example.org/",
        {
            "en": "A fictional police force used to show how partners appear on the site.",
            "fr": "Une force de police fictive, qui montre comment les partenaires apparaissent sur le site.",
            "es": "Una fuerza policial ficticia que muestra cómo aparecen los socios en el sitio.",
            "ar": "جهاز شرطة خيالي يوضّح كيف يظهر الشركاء على الموقع.",
        },
    ),
    (
        "example-club",
        "Example Rovers Football Club (example)",
        "sports_club",
        "KE",
        "https://example.org/",
        {
            "en": "A fictional sports club, shown as an example of a partner.",
            "fr": "Un club sportif fictif, présenté comme exemple de partenaire.",
            "es": "Un club deportivo ficticio, mostrado como ejemplo de socio.",
            "ar": "نادٍ رياضي خيالي يُعرض مثالًا على الشركاء.",
        },
    ),
    (
        "example-ngo",
        "Fundación Ejemplo (example)",
        "ngo",
        "CO",
        "https://example.org/",
        {
            "en": "A fictional foundation, shown as an example of a partner.",
            "fr": "Une fondation fictive, présentée comme exemple de partenaire.",
            "es": "Una fundación ficticia, mostrada como ejemplo de socio.",
            "ar": "مؤسسة خيالية تُعرض مثالًا على الشركاء.",
        },
    ),
]


def _p(*paragraphs):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


# (slug, partner key, date, written_in, title by language, summary by language, body by language)
NEWS = [
    (
        "mali-soutient-turn-back-crime",
        "mali",
        datetime.date(2015, 2, 10),
        "fr",
        {"fr": "Le Mali soutient la campagne Turn Back Crime"},
        {
            "fr": "La délégation malienne de la défense nationale et de la sécurité a déclaré son soutien à la campagne."
        },
        {
            "fr": _p(
                "Au Mali, la délégation chargée de la défense nationale, de la sécurité et de la protection "
                "civile a fait savoir qu'elle appuyait Turn Back Crime.",
                "Ce soutien s'ajoute à celui des forces de police de plus de quarante pays qui mènent la campagne "
                "à l'échelle nationale.",
            )
        },
    ),
    (
        "us-law-enforcement-support",
        "us",
        datetime.date(2015, 1, 20),
        "",
        {
            "en": "US law enforcement backs Turn Back Crime",
            "fr": "Les forces de l'ordre américaines soutiennent Turn Back Crime",
            "es": "Las fuerzas del orden de EE. UU. apoyan Turn Back Crime",
            "ar": "أجهزة إنفاذ القانون الأمريكية تدعم حملة Turn Back Crime",
        },
        {
            "en": "Law enforcement in the United States announced its support for the campaign.",
            "fr": "Les forces de l'ordre des États-Unis ont annoncé leur soutien à la campagne.",
            "es": "Las fuerzas del orden de Estados Unidos anunciaron su apoyo a la campaña.",
            "ar": "أعلنت أجهزة إنفاذ القانون في الولايات المتحدة دعمها للحملة.",
        },
        {
            "en": _p("US law enforcement has announced that it supports Turn Back Crime and its message."),
            "fr": _p(
                "Les forces de l'ordre américaines ont annoncé qu'elles soutenaient Turn Back Crime et son message."
            ),
            "es": _p(
                "Las fuerzas del orden estadounidenses anunciaron que apoyan Turn Back Crime y su mensaje."
            ),
            "ar": _p("أعلنت أجهزة إنفاذ القانون الأمريكية أنها تدعم حملة Turn Back Crime ورسالتها."),
        },
    ),
    (
        "ferrari-pledge-video",
        "ferrari",
        datetime.date(2014, 12, 5),
        "",
        {
            "en": "Ferrari's Formula 1 team records a pledge video",
            "fr": "L'écurie de Formule 1 de Ferrari enregistre une vidéo d'engagement",
            "es": "La escudería de Fórmula 1 de Ferrari graba un vídeo de compromiso",
            "ar": "فريق فيراري للفورمولا 1 يسجّل فيديو تعهّد",
        },
        {
            "en": "Ferrari's Formula 1 team pledged its support to the campaign in a video.",
            "fr": "L'écurie de Formule 1 de Ferrari a apporté son soutien à la campagne dans une vidéo.",
            "es": "La escudería de Fórmula 1 de Ferrari expresó su apoyo a la campaña en un vídeo.",
            "ar": "أعلن فريق فيراري للفورمولا 1 دعمه للحملة في مقطع فيديو.",
        },
        {
            "en": _p(
                "Sports clubs and companies have recorded pledge videos for Turn Back Crime. "
                "Ferrari's Formula 1 team is one of them, alongside Ducati and Juventus."
            ),
            "fr": _p(
                "Des clubs sportifs et des entreprises ont enregistré des vidéos d'engagement pour Turn Back Crime. "
                "L'écurie de Formule 1 de Ferrari en fait partie, aux côtés de Ducati et de la Juventus."
            ),
            "es": _p(
                "Clubes deportivos y empresas han grabado vídeos de compromiso para Turn Back Crime. "
                "La escudería de Fórmula 1 de Ferrari es uno de ellos, junto con Ducati y la Juventus."
            ),
            "ar": _p(
                "سجّلت نوادٍ رياضية وشركات مقاطع فيديو تتعهد فيها بدعم حملة Turn Back Crime، "
                "ومنها فريق فيراري للفورمولا 1، إلى جانب دوكاتي ويوفنتوس."
            ),
        },
    ),
    (
        "rcmp-pledge",
        "rcmp",
        datetime.date(2014, 12, 15),
        "",
        {
            "en": "The RCMP publishes its pledge in English and French",
            "fr": "La GRC publie son engagement en anglais et en français",
            "es": "La RCMP publica su compromiso en inglés y en francés",
            "ar": "الشرطة الملكية الكندية تنشر تعهدها بالإنجليزية والفرنسية",
        },
        {
            "en": "The Royal Canadian Mounted Police made its pledge public in both of Canada's official languages.",
            "fr": "La Gendarmerie royale du Canada a rendu public son engagement dans les deux langues officielles du pays.",
            "es": "La Real Policía Montada de Canadá hizo público su compromiso en las dos lenguas oficiales del país.",
            "ar": "نشرت الشرطة الملكية الكندية الخيالة تعهدها باللغتين الرسميتين لكندا.",
        },
        {
            "en": _p(
                "Police forces are among the campaign's supporters; the RCMP published its pledge in English and French."
            ),
            "fr": _p(
                "Les forces de police comptent parmi les soutiens de la campagne ; la GRC a publié son engagement en anglais et en français."
            ),
            "es": _p(
                "Las fuerzas policiales figuran entre quienes apoyan la campaña; la RCMP publicó su compromiso en inglés y en francés."
            ),
            "ar": _p(
                "أجهزة الشرطة من بين داعمي الحملة، وقد نشرت الشرطة الملكية الكندية تعهدها بالإنجليزية والفرنسية."
            ),
        },
    ),
]

# Fictional pledges, one or more in every status. (key, name, partner key, kind, country, language, statement, status, consent)
PLEDGES = [
    (
        "harbour",
        "Example Harbour Police (example)",
        "example-police",
        "police",
        "NZ",
        "en",
        "Example pledge: our officers will share the campaign's advice on fake goods at every port open day.",
        PledgeStatus.APPROVED,
        True,
    ),
    (
        "rovers",
        "Example Rovers Football Club (example)",
        "example-club",
        "sports_club",
        "KE",
        "ar",
        "تعهّد تجريبي: سيحمل لاعبونا رسالة الحملة في كل مباراة على أرضنا هذا الموسم.",
        PledgeStatus.APPROVED,
        True,
    ),
    (
        "fundacion",
        "Fundación Ejemplo (example)",
        "example-ngo",
        "ngo",
        "CO",
        "es",
        "Compromiso de ejemplo: explicaremos en nuestros talleres cómo reconocer productos falsificados.",
        PledgeStatus.APPROVED,
        True,
    ),
    (
        "pending",
        "Exemple Transports SARL (example)",
        None,
        "company",
        "FR",
        "fr",
        "Engagement d'exemple : nous formerons nos chauffeurs à repérer les marchandises illicites.",
        PledgeStatus.PENDING,
        True,
    ),
    (
        "rejected",
        "Example Duplicate Entry (example)",
        None,
        "other",
        "GB",
        "en",
        "Example pledge sent twice by mistake; the second copy was rejected.",
        PledgeStatus.REJECTED,
        False,
    ),
    (
        "spam",
        "cheap-watches-example",
        None,
        "company",
        "US",
        "en",
        "Example of suspected spam: BUY CHEAP WATCHES at example.com!!!",
        PledgeStatus.SPAM,
        False,
    ),
]


def _ensure_page(parent, model, content):
    page = model.objects.first()
    if page is not None:
        return page, False
    page = model(show_in_menus=True)
    for field, values in content.items():
        set_translated(page, field, values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def build(demo):
    home = demo.home
    partners = {}
    for key, name, kind, country, website, description in PARTNERS:
        partner = Partner.objects.filter(name=name).first()
        if partner is None:
            partner = Partner(name=name, kind=kind, country=country, website=website)
            set_translated(partner, "description", description)
            partner.logo = placeholder_image(f"Demo logo: {name}", width=480, height=240, seed=key)
            partner.save()
            demo.created(f"partner {name}")
        partners[key] = partner

    index, created = _ensure_page(home, PartnerNewsIndexPage, INDEX)
    if created:
        demo.created("partner news index")
    for slug, partner_key, date, written_in, title, summary, body in NEWS:
        if PartnerNewsPage.objects.filter(slug_en=slug).exists():
            continue
        item = PartnerNewsPage(partner=partners[partner_key], date=date, written_in=written_in)
        if written_in:
            # Written in one language: the default columns hold the same text so
            # the required title exists; the site shows it as written everywhere.
            title = {"en": title[written_in], **title}
            summary = {"en": summary[written_in], **summary}
        set_translated(item, "title", title)
        set_translated(item, "slug", dict.fromkeys(("en", "fr", "es", "ar"), slug))
        set_translated(item, "summary", summary)
        for language, blocks in body.items():
            setattr(item, f"body_{language}", blocks)
        index.add_child(instance=item)
        item.save_revision().publish()
        demo.created(f"partner news {slug}")

    pledge_page, created = _ensure_page(home, PledgePage, PLEDGE_PAGE)
    if created:
        demo.created("pledge page")

    for key, name, partner_key, kind, country, language, statement, status, consent in PLEDGES:
        submission_key = f"demo-{key}"
        if Pledge.objects.filter(submission_key=submission_key).exists():
            continue
        Pledge.objects.create(
            submission_key=submission_key,
            name=name,
            kind=kind,
            country=country,
            language=language,
            statement=statement,
            status=status,
            consent_to_publish=consent,
            partner=partners.get(partner_key),
            contact_name="Example Contact",
            contact_email=f"{key}@example.org",
            spam_reason="honeypot filled" if status == PledgeStatus.SPAM else "",
        )
        demo.created(f"pledge {name}")
