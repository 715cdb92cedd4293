# ruff: noqa: E501  (prose in four languages: line breaks would only split sentences)
"""The words of the demo stories, in four languages.

Operation Wipeout and Operation Jupiter restate the campaign's published facts
(no figures or country names beyond them). Every other story is a fictional
example and says so in its summary and first paragraph.
"""

INDEX = {
    "title": {"en": "Success stories", "fr": "Réussites", "es": "Casos de éxito", "ar": "قصص نجاح"},
    "slug": {"en": "success-stories", "fr": "reussites", "es": "casos-de-exito", "ar": "success-stories-ar"},
    "intro": {
        "en": "Police operations around the world show that organised crime can be turned back. "
        "Browse them by crime theme, country and year.",
        "fr": "Partout dans le monde, des opérations de police montrent que l'on peut faire reculer le "
        "crime organisé. Parcourez-les par thème, par pays et par année.",
        "es": "En todo el mundo, operaciones policiales demuestran que el crimen organizado puede "
        "retroceder. Explórelas por tema, país y año.",
        "ar": "تُظهر عمليات الشرطة في أنحاء العالم أن التصدي للجريمة المنظمة ممكن. "
        "تصفّحها حسب نوع الجريمة والبلد والسنة.",
    },
}

EXAMPLE_NOTE = {
    "en": "This is a fictional example written for the demo site: the operation, places and figures are invented.",
    "fr": "Ceci est un exemple fictif rédigé pour le site de démonstration : l'opération, les lieux et les chiffres sont inventés.",
    "es": "Este es un ejemplo ficticio escrito para el sitio de demostración: la operación, los lugares y las cifras son inventados.",
    "ar": "هذا مثال خيالي كُتب لموقع العرض التجريبي: العملية والأماكن والأرقام مختلَقة.",
}
EXAMPLE_PREFIX = {"en": "Example story: ", "fr": "Exemple : ", "es": "Ejemplo: ", "ar": "قصة مثال: "}

# key: (date, theme slug, countries, country_count, seizures, arrests, example?)
STORIES = [
    {
        "key": "wipeout",
        "date": (2014, 7),
        "theme": "illicit-goods",
        "countries": [],
        "country_count": 7,
        "example": False,
        "operation": {
            "en": "Operation Wipeout",
            "fr": "Opération Wipeout",
            "es": "Operación Wipeout",
            "ar": "عملية Wipeout",
        },
        "title": {
            "en": "Dangerous fake goods seized across Eastern and Southern Africa",
            "fr": "Des produits contrefaits dangereux saisis en Afrique de l'Est et australe",
            "es": "Incautados productos falsificados peligrosos en África oriental y austral",
            "ar": "ضبط سلع مزيفة خطيرة في شرق أفريقيا وجنوبها",
        },
        "summary": {
            "en": "Authorities in seven countries went after counterfeit and illicit products that threaten "
            "public health and safety.",
            "fr": "Les autorités de sept pays ont ciblé des produits contrefaits et illicites qui menacent la "
            "santé et la sécurité publiques.",
            "es": "Las autoridades de siete países persiguieron productos falsificados e ilícitos que amenazan "
            "la salud y la seguridad públicas.",
            "ar": "استهدفت السلطات في سبعة بلدان منتجات مزيفة وغير مشروعة تهدد الصحة العامة والسلامة.",
        },
        "body": {
            "en": [
                "Operation Wipeout brought together authorities from seven countries in Eastern and Southern "
                "Africa. They looked for products whose danger goes well beyond a bad bargain.",
                "Among the goods taken off the market were baby formula that had never been approved, "
                "cosmetics made with banned ingredients and branded gas cylinders that had been refilled "
                "illegally, with the risk of leaks and explosions that this brings.",
            ],
            "fr": [
                "L'opération Wipeout a réuni les autorités de sept pays d'Afrique de l'Est et d'Afrique "
                "australe. Elles recherchaient des produits dont le danger dépasse de loin la mauvaise affaire.",
                "Parmi les produits retirés du marché figuraient du lait infantile jamais autorisé, des "
                "cosmétiques fabriqués avec des ingrédients interdits et des bouteilles de gaz de marque "
                "remplies illégalement, avec les risques de fuite et d'explosion que cela comporte.",
            ],
            "es": [
                "La operación Wipeout reunió a las autoridades de siete países de África oriental y austral. "
                "Buscaban productos cuyo peligro va mucho más allá de una mala compra.",
                "Entre los productos retirados del mercado había leche infantil nunca autorizada, cosméticos "
                "elaborados con ingredientes prohibidos y bombonas de gas de marca rellenadas ilegalmente, "
                "con el riesgo de fugas y explosiones que eso supone.",
            ],
            "ar": [
                "جمعت عملية Wipeout السلطات في سبعة بلدان من شرق أفريقيا وجنوبها، للبحث عن منتجات يتجاوز "
                "خطرها بكثير مجرد صفقة خاسرة.",
                "ومن بين ما سُحب من الأسواق حليب أطفال لم تتم الموافقة عليه قط، ومستحضرات تجميل مصنوعة من "
                "مكونات محظورة، وأسطوانات غاز تحمل علامات تجارية أعيدت تعبئتها بطريقة غير قانونية، بما يحمله "
                "ذلك من خطر التسرب والانفجار.",
            ],
        },
    },
    {
        "key": "jupiter",
        "date": (2014, 5),
        "theme": "illicit-goods",
        "countries": [],
        "example": False,
        "operation": {
            "en": "Operation Jupiter",
            "fr": "Opération Jupiter",
            "es": "Operación Jupiter",
            "ar": "عملية Jupiter",
        },
        "title": {
            "en": "Counterfeit goods taken off the market in Operation Jupiter",
            "fr": "Des contrefaçons retirées du marché lors de l'opération Jupiter",
            "es": "Productos falsificados retirados del mercado en la operación Jupiter",
            "ar": "سحب سلع مقلدة من الأسواق في عملية Jupiter",
        },
        "summary": {
            "en": "A coordinated seizure operation targeted counterfeit goods and the networks that profit from them.",
            "fr": "Une opération de saisie coordonnée a visé les contrefaçons et les réseaux qui en tirent profit.",
            "es": "Una operación coordinada de incautación se centró en los productos falsificados y en las redes "
            "que se lucran con ellos.",
            "ar": "استهدفت عملية ضبط منسقة السلع المقلدة والشبكات التي تتربح منها.",
        },
        "body": {
            "en": [
                "In Operation Jupiter, police and customs services seized counterfeit goods destined for "
                "ordinary shoppers.",
                "Fake products can look like a good deal, but the money spent on them can flow to criminal "
                "networks, and the products themselves are made without any safety checks.",
            ],
            "fr": [
                "Lors de l'opération Jupiter, la police et les douanes ont saisi des contrefaçons destinées à "
                "des consommateurs ordinaires.",
                "Un faux produit peut sembler une bonne affaire, mais l'argent dépensé peut finir entre les "
                "mains de réseaux criminels, et le produit lui-même est fabriqué sans aucun contrôle de sécurité.",
            ],
            "es": [
                "En la operación Jupiter, la policía y las aduanas incautaron productos falsificados destinados "
                "a compradores corrientes.",
                "Un producto falso puede parecer una ganga, pero el dinero gastado puede acabar en manos de redes "
                "criminales, y el producto se fabrica sin ningún control de seguridad.",
            ],
            "ar": [
                "في عملية Jupiter، ضبطت الشرطة والجمارك سلعًا مقلدة كانت موجهة إلى المتسوقين العاديين.",
                "قد تبدو المنتجات المزيفة صفقة رابحة، لكن المال المدفوع فيها قد يذهب إلى شبكات إجرامية، كما "
                "أنها تُصنع دون أي رقابة على السلامة.",
            ],
        },
    },
]


def example(key, date, theme, countries, seizures, arrests, operation, title, summary, body):
    """A fictional story: its summary and first paragraph say it is an example."""
    return {
        "key": key,
        "date": date,
        "theme": theme,
        "countries": countries,
        "seizures": seizures,
        "arrests": arrests,
        "example": True,
        "operation": operation,
        "title": title,
        "summary": {lang: EXAMPLE_PREFIX[lang] + text for lang, text in summary.items()},
        "body": {lang: [EXAMPLE_NOTE[lang], text] for lang, text in body.items()},
    }


STORIES += [
    example(
        "reef-guard",
        (2015, 3),
        "environmental-crime",
        ["PH", "ID", "MY"],
        1240,
        9,
        {
            "en": "Operation Reef Guard",
            "fr": "Opération Reef Guard",
            "es": "Operación Reef Guard",
            "ar": "عملية Reef Guard",
        },
        {
            "en": "Coral souvenirs stopped at airports in South-East Asia",
            "fr": "Des souvenirs en corail interceptés dans des aéroports d'Asie du Sud-Est",
            "es": "Interceptados recuerdos de coral en aeropuertos del Sudeste Asiático",
            "ar": "اعتراض تذكارات مرجانية في مطارات جنوب شرق آسيا",
        },
        {
            "en": "customs officers found protected coral and shells in travellers' luggage.",
            "fr": "des douaniers ont trouvé du corail et des coquillages protégés dans les bagages de voyageurs.",
            "es": "agentes de aduanas hallaron coral y conchas protegidos en el equipaje de viajeros.",
            "ar": "عثر موظفو الجمارك على مرجان وأصداف محمية في أمتعة المسافرين.",
        },
        {
            "en": "Customs teams at three airports checked bags of departing tourists and found coral pieces "
            "and rare shells sold as harmless souvenirs. Before you buy a souvenir, ask what it is made of.",
            "fr": "Les douanes de trois aéroports ont contrôlé les bagages de touristes au départ et trouvé du "
            "corail et des coquillages rares vendus comme des souvenirs anodins. Avant d'acheter un souvenir, "
            "demandez de quoi il est fait.",
            "es": "Los equipos de aduanas de tres aeropuertos revisaron el equipaje de turistas y encontraron "
            "coral y conchas raras vendidos como recuerdos inofensivos. Antes de comprar un recuerdo, pregunte "
            "de qué está hecho.",
            "ar": "فتشت فرق الجمارك في ثلاثة مطارات أمتعة السياح المغادرين ووجدت قطعًا مرجانية وأصدافًا نادرة "
            "تُباع على أنها تذكارات بريئة. قبل أن تشتري تذكارًا، اسأل عن المادة المصنوع منها.",
        },
    ),
    example(
        "safe-click",
        (2015, 10),
        "cybercrime",
        ["FR", "BE", "ES"],
        None,
        14,
        {
            "en": "Operation Safe Click",
            "fr": "Opération Safe Click",
            "es": "Operación Safe Click",
            "ar": "عملية Safe Click",
        },
        {
            "en": "Online romance fraud ring broken up in Europe",
            "fr": "Un réseau d'escroquerie sentimentale en ligne démantelé en Europe",
            "es": "Desarticulada en Europa una red de estafas sentimentales en línea",
            "ar": "تفكيك شبكة احتيال عاطفي عبر الإنترنت في أوروبا",
        },
        {
            "en": "police in three countries arrested people who posed as partners online to take victims' savings.",
            "fr": "la police de trois pays a arrêté des personnes qui se faisaient passer pour des partenaires en "
            "ligne afin de voler les économies de leurs victimes.",
            "es": "la policía de tres países detuvo a personas que se hacían pasar por parejas en línea para "
            "quedarse con los ahorros de sus víctimas.",
            "ar": "أوقفت الشرطة في ثلاثة بلدان أشخاصًا انتحلوا صفة شركاء عبر الإنترنت للاستيلاء على مدخرات الضحايا.",
        },
        {
            "en": "The group built long online relationships before asking for money for invented emergencies. "
            "Be wary when someone you have never met asks you for money.",
            "fr": "Le groupe nouait de longues relations en ligne avant de demander de l'argent pour des urgences "
            "inventées. Méfiez-vous si quelqu'un que vous n'avez jamais rencontré vous demande de l'argent.",
            "es": "El grupo mantenía largas relaciones en línea antes de pedir dinero para emergencias "
            "inventadas. Desconfíe si alguien a quien nunca ha visto le pide dinero.",
            "ar": "كانت المجموعة تبني علاقات طويلة عبر الإنترنت قبل أن تطلب المال لحالات طارئة مختلَقة. "
            "احذر عندما يطلب منك المال شخص لم تقابله قط.",
        },
    ),
    example(
        "clear-label",
        (2016, 2),
        "illicit-goods",
        ["KE", "TZ", "UG"],
        38000,
        22,
        {
            "en": "Operation Clear Label",
            "fr": "Opération Clear Label",
            "es": "Operación Clear Label",
            "ar": "عملية Clear Label",
        },
        {
            "en": "Fake medicines removed from market stalls in East Africa",
            "fr": "De faux médicaments retirés des étals en Afrique de l'Est",
            "es": "Retirados medicamentos falsos de puestos de mercado en África oriental",
            "ar": "سحب أدوية مزيفة من أكشاك الأسواق في شرق أفريقيا",
        },
        {
            "en": "inspectors and police seized tablets with no active ingredient sold as antimalarials.",
            "fr": "inspecteurs et policiers ont saisi des comprimés sans principe actif vendus comme antipaludéens.",
            "es": "inspectores y policías incautaron pastillas sin principio activo vendidas como antipalúdicos.",
            "ar": "ضبط المفتشون والشرطة أقراصًا بلا مادة فعالة تُباع على أنها أدوية للملاريا.",
        },
        {
            "en": "Market checks found packs that copied well-known brands but held chalk and starch. "
            "Buy medicines from pharmacies you trust.",
            "fr": "Les contrôles sur les marchés ont révélé des boîtes copiant des marques connues mais contenant "
            "de la craie et de l'amidon. Achetez vos médicaments dans des pharmacies de confiance.",
            "es": "Los controles en los mercados hallaron cajas que imitaban marcas conocidas pero contenían tiza "
            "y almidón. Compre medicamentos en farmacias de confianza.",
            "ar": "كشفت عمليات التفتيش في الأسواق عن علب تقلد علامات معروفة لكنها تحتوي على الطباشير والنشا. "
            "اشترِ الأدوية من صيدليات تثق بها.",
        },
    ),
    example(
        "timberline",
        (2016, 9),
        "environmental-crime",
        ["BR", "CO", "PE"],
        310,
        11,
        {
            "en": "Operation Timberline",
            "fr": "Opération Timberline",
            "es": "Operación Timberline",
            "ar": "عملية Timberline",
        },
        {
            "en": "Illegally felled rare wood traced across South America",
            "fr": "Du bois rare abattu illégalement suivi à travers l'Amérique du Sud",
            "es": "Rastreada en Sudamérica madera rara talada ilegalmente",
            "ar": "تعقب أخشاب نادرة قُطعت بطريقة غير قانونية عبر أمريكا الجنوبية",
        },
        {
            "en": "forest and border police followed shipments of protected timber with forged papers.",
            "fr": "les polices forestière et des frontières ont suivi des cargaisons de bois protégé munies de faux papiers.",
            "es": "la policía forestal y de fronteras siguió cargamentos de madera protegida con papeles falsos.",
            "ar": "تتبعت شرطة الغابات والحدود شحنات من الأخشاب المحمية مرفقة بوثائق مزورة.",
        },
        {
            "en": "Logs cut in protected forest were given false origin papers and mixed with legal timber. "
            "When you buy wooden furniture or carvings, look for a certified source.",
            "fr": "Des grumes coupées en forêt protégée recevaient de faux certificats d'origine et étaient "
            "mêlées à du bois légal. Pour vos meubles ou objets en bois, cherchez une origine certifiée.",
            "es": "Troncos cortados en bosques protegidos recibían certificados de origen falsos y se mezclaban "
            "con madera legal. Al comprar muebles o tallas de madera, busque un origen certificado.",
            "ar": "كانت جذوع مقطوعة من غابات محمية تُمنح وثائق منشأ مزورة وتُخلط بأخشاب قانونية. "
            "عند شراء أثاث أو منحوتات خشبية، ابحث عن مصدر معتمد.",
        },
    ),
    example(
        "open-ledger",
        (2017, 4),
        "organised-crime",
        ["IT", "ES", "PT", "MA"],
        None,
        27,
        {
            "en": "Operation Open Ledger",
            "fr": "Opération Open Ledger",
            "es": "Operación Open Ledger",
            "ar": "عملية Open Ledger",
        },
        {
            "en": "Front companies used to launder criminal profits shut down",
            "fr": "Fermeture de sociétés écrans qui blanchissaient des profits criminels",
            "es": "Cerradas empresas pantalla que blanqueaban beneficios criminales",
            "ar": "إغلاق شركات واجهة استُخدمت لغسل أرباح إجرامية",
        },
        {
            "en": "investigators in four countries followed the money behind a network of shell businesses.",
            "fr": "des enquêteurs de quatre pays ont suivi l'argent d'un réseau de sociétés fictives.",
            "es": "investigadores de cuatro países siguieron el dinero de una red de empresas fantasma.",
            "ar": "تتبع محققون في أربعة بلدان الأموال التي تقف وراء شبكة من الشركات الوهمية.",
        },
        {
            "en": "Restaurants and travel agencies that had almost no customers moved large sums between "
            "countries. Organised crime starts with money: don't let it be yours.",
            "fr": "Des restaurants et des agences de voyage presque sans clients faisaient circuler de grosses "
            "sommes d'un pays à l'autre. Le crime organisé commence par l'argent : ne le laissez pas être le vôtre.",
            "es": "Restaurantes y agencias de viajes casi sin clientes movían grandes sumas entre países. El "
            "crimen organizado empieza con el dinero: que no sea el suyo.",
            "ar": "كانت مطاعم ووكالات سفر بلا زبائن تقريبًا تنقل مبالغ كبيرة بين البلدان. الجريمة المنظمة "
            "تبدأ بالمال، فلا تدعه يكون مالك.",
        },
    ),
    example(
        "mirror-shop",
        (2017, 11),
        "cybercrime",
        ["MX", "CO", "AR"],
        None,
        8,
        {
            "en": "Operation Mirror Shop",
            "fr": "Opération Mirror Shop",
            "es": "Operación Mirror Shop",
            "ar": "عملية Mirror Shop",
        },
        {
            "en": "Fake online shops taken offline in Latin America",
            "fr": "De fausses boutiques en ligne fermées en Amérique latine",
            "es": "Cerradas tiendas en línea falsas en América Latina",
            "ar": "إغلاق متاجر إلكترونية مزيفة في أمريكا اللاتينية",
        },
        {
            "en": "police closed websites that copied real brands, took payments and sent nothing.",
            "fr": "la police a fermé des sites qui copiaient de vraies marques, encaissaient les paiements et "
            "n'envoyaient rien.",
            "es": "la policía cerró sitios web que copiaban marcas reales, cobraban y no enviaban nada.",
            "ar": "أغلقت الشرطة مواقع تقلد علامات تجارية حقيقية وتتقاضى المال دون أن ترسل شيئًا.",
        },
        {
            "en": "The shops offered big discounts that only lasted a few hours, to rush buyers into paying. "
            "Check a shop's address and reviews before you pay.",
            "fr": "Les boutiques proposaient de fortes remises valables quelques heures pour pousser les "
            "acheteurs à payer vite. Vérifiez l'adresse et les avis d'une boutique avant de payer.",
            "es": "Las tiendas ofrecían grandes descuentos de pocas horas para que los compradores pagaran con "
            "prisa. Compruebe la dirección y las opiniones de una tienda antes de pagar.",
            "ar": "كانت المتاجر تعرض تخفيضات كبيرة لساعات قليلة لدفع المشترين إلى الدفع بسرعة. "
            "تحقق من عنوان المتجر وتقييماته قبل الدفع.",
        },
    ),
    example(
        "spare-parts",
        (2018, 6),
        "illicit-goods",
        ["DE", "PL", "CZ", "AT"],
        15600,
        6,
        {
            "en": "Operation Spare Parts",
            "fr": "Opération Spare Parts",
            "es": "Operación Spare Parts",
            "ar": "عملية Spare Parts",
        },
        {
            "en": "Counterfeit brake pads and car parts seized in Central Europe",
            "fr": "Des plaquettes de frein et pièces auto contrefaites saisies en Europe centrale",
            "es": "Incautadas pastillas de freno y piezas de coche falsificadas en Europa central",
            "ar": "ضبط وسادات مكابح وقطع غيار سيارات مقلدة في وسط أوروبا",
        },
        {
            "en": "customs and police found fake car parts that failed basic safety tests.",
            "fr": "douanes et police ont trouvé de fausses pièces automobiles qui échouaient aux tests de "
            "sécurité les plus simples.",
            "es": "aduanas y policía encontraron piezas de coche falsas que no superaban las pruebas básicas de "
            "seguridad.",
            "ar": "عثرت الجمارك والشرطة على قطع غيار مزيفة فشلت في اختبارات السلامة الأساسية.",
        },
        {
            "en": "Brake pads made of pressed sawdust were sold online in the packaging of known makers. "
            "A part that fails on the road puts everyone at risk.",
            "fr": "Des plaquettes de frein en sciure compressée étaient vendues en ligne dans l'emballage de "
            "fabricants connus. Une pièce qui lâche sur la route met tout le monde en danger.",
            "es": "Se vendían en línea pastillas de freno de serrín prensado en el embalaje de fabricantes "
            "conocidos. Una pieza que falla en la carretera pone a todos en peligro.",
            "ar": "كانت وسادات مكابح مصنوعة من نشارة خشب مضغوطة تُباع عبر الإنترنت في عبوات شركات معروفة. "
            "القطعة التي تتعطل على الطريق تعرّض الجميع للخطر.",
        },
    ),
    example(
        "ivory-trail",
        (2018, 12),
        "environmental-crime",
        ["KE", "MZ", "ZA", "VN"],
        420,
        13,
        {
            "en": "Operation Ivory Trail",
            "fr": "Opération Ivory Trail",
            "es": "Operación Ivory Trail",
            "ar": "عملية Ivory Trail",
        },
        {
            "en": "Ivory smuggling route followed from Africa to Asia",
            "fr": "Une filière de contrebande d'ivoire suivie de l'Afrique à l'Asie",
            "es": "Seguida una ruta de contrabando de marfil de África a Asia",
            "ar": "تتبع طريق لتهريب العاج من أفريقيا إلى آسيا",
        },
        {
            "en": "wildlife and port police on two continents stopped ivory carvings hidden in cargo.",
            "fr": "des polices de la faune et des ports sur deux continents ont intercepté des sculptures en "
            "ivoire cachées dans des marchandises.",
            "es": "policías de fauna y de puertos de dos continentes interceptaron tallas de marfil ocultas en "
            "la carga.",
            "ar": "أوقفت شرطة الحياة البرية والموانئ في قارتين منحوتات عاجية مخبأة في شحنات.",
        },
        {
            "en": "The carvings were declared as wooden handicrafts. An ivory figure bought as a souvenir "
            "can end a protected animal's life and pay a smuggling network.",
            "fr": "Les sculptures étaient déclarées comme de l'artisanat en bois. Une figurine en ivoire achetée "
            "en souvenir peut coûter la vie à un animal protégé et payer un réseau de contrebande.",
            "es": "Las tallas se declaraban como artesanía de madera. Una figura de marfil comprada como "
            "recuerdo puede costar la vida a un animal protegido y pagar a una red de contrabando.",
            "ar": "كانت المنحوتات يُصرَّح عنها على أنها حرف خشبية. تمثال عاجي يُشترى تذكارًا قد يكلف حيوانًا "
            "محميًا حياته ويموّل شبكة تهريب.",
        },
    ),
    example(
        "long-haul",
        (2019, 5),
        "organised-crime",
        ["JO", "EG", "MA"],
        2100000,
        19,
        {
            "en": "Operation Long Haul",
            "fr": "Opération Long Haul",
            "es": "Operación Long Haul",
            "ar": "عملية Long Haul",
        },
        {
            "en": "Cigarette smuggling network stopped on North African roads",
            "fr": "Un réseau de contrebande de cigarettes arrêté sur les routes d'Afrique du Nord",
            "es": "Detenida una red de contrabando de cigarrillos en carreteras del norte de África",
            "ar": "إيقاف شبكة لتهريب السجائر على طرق شمال أفريقيا",
        },
        {
            "en": "customs in three countries stopped lorries carrying millions of untaxed cigarettes.",
            "fr": "les douanes de trois pays ont arrêté des camions transportant des millions de cigarettes non taxées.",
            "es": "las aduanas de tres países detuvieron camiones con millones de cigarrillos sin impuestos.",
            "ar": "أوقفت الجمارك في ثلاثة بلدان شاحنات تنقل ملايين السجائر غير الخاضعة للضرائب.",
        },
        {
            "en": "The cigarettes travelled under false cargo papers and were sold cheaply in markets. "
            "Cheap smuggled cigarettes fund the same groups that traffic people and weapons.",
            "fr": "Les cigarettes voyageaient sous de faux documents de transport et étaient vendues à bas prix "
            "sur les marchés. Ces cigarettes bon marché financent les mêmes groupes qui font le trafic "
            "d'êtres humains et d'armes.",
            "es": "Los cigarrillos viajaban con documentos de carga falsos y se vendían baratos en los "
            "mercados. Ese contrabando financia a los mismos grupos que trafican con personas y armas.",
            "ar": "كانت السجائر تُنقل بوثائق شحن مزورة وتُباع بأسعار زهيدة في الأسواق. السجائر المهربة "
            "الرخيصة تموّل الجماعات نفسها التي تتاجر بالبشر والأسلحة.",
        },
    ),
    example(
        "guardian-screen",
        (2019, 9),
        "cybercrime",
        ["CA", "GB", "AU"],
        None,
        5,
        {
            "en": "Operation Guardian Screen",
            "fr": "Opération Guardian Screen",
            "es": "Operación Guardian Screen",
            "ar": "عملية Guardian Screen",
        },
        {
            "en": "Phishing gang that targeted older people arrested",
            "fr": "Arrestation d'une bande d'hameçonnage qui visait les personnes âgées",
            "es": "Detenida una banda de suplantación que atacaba a personas mayores",
            "ar": "توقيف عصابة تصيّد احتيالي استهدفت كبار السن",
        },
        {
            "en": "police on three continents traced fake bank messages to one group.",
            "fr": "des polices de trois continents ont remonté de faux messages bancaires jusqu'à un même groupe.",
            "es": "policías de tres continentes rastrearon falsos mensajes bancarios hasta un mismo grupo.",
            "ar": "تتبعت الشرطة في ثلاث قارات رسائل مصرفية مزيفة وصولًا إلى مجموعة واحدة.",
        },
        {
            "en": "Messages that looked like they came from banks asked people to confirm their details on a "
            "copied website. Your bank will never ask for your password by message.",
            "fr": "Des messages imitant ceux des banques demandaient de confirmer ses coordonnées sur un site "
            "copié. Votre banque ne vous demandera jamais votre mot de passe par message.",
            "es": "Mensajes que parecían de bancos pedían confirmar los datos en un sitio web copiado. Su banco "
            "nunca le pedirá la contraseña por mensaje.",
            "ar": "كانت رسائل تبدو صادرة عن مصارف تطلب من الناس تأكيد بياناتهم على موقع منسوخ. "
            "لن يطلب منك مصرفك كلمة المرور أبدًا عبر رسالة.",
        },
    ),
]
