"""Demo text for the awareness topics, in our own words from ../shared/campaign/FACTS.md."""

THEMES = {
    "illicit-goods": {
        "name": {
            "en": "Illicit goods and counterfeiting",
            "fr": "Produits illicites et contrefaçon",
            "es": "Productos ilícitos y falsificación",
            "ar": "السلع غير المشروعة والتقليد",
        },
        "description": {
            "en": "Fake and smuggled products, and the networks that profit from them.",
            "fr": "Les produits faux ou passés en contrebande, et les réseaux qui en profitent.",
            "es": "Productos falsos o de contrabando, y las redes que se lucran con ellos.",
            "ar": "المنتجات المقلدة والمهربة، والشبكات التي تربح منها.",
        },
        "colour": "red",
    },
    "cybercrime": {
        "name": {
            "en": "Cybercrime",
            "fr": "Cybercriminalité",
            "es": "Ciberdelincuencia",
            "ar": "الجريمة السيبرانية",
        },
        "description": {
            "en": "Crime that uses the Internet to reach its victims.",
            "fr": "La criminalité qui passe par Internet pour atteindre ses victimes.",
            "es": "Delitos que usan Internet para llegar a sus víctimas.",
            "ar": "الجرائم التي تستخدم الإنترنت للوصول إلى ضحاياها.",
        },
        "colour": "blue",
    },
    "environmental-crime": {
        "name": {
            "en": "Environmental crime",
            "fr": "Criminalité environnementale",
            "es": "Delitos contra el medio ambiente",
            "ar": "الجرائم البيئية",
        },
        "description": {
            "en": "Trade in protected wildlife, coral, ivory and rare woods.",
            "fr": "Le commerce d’espèces protégées, de corail, d’ivoire et de bois rares.",
            "es": "El comercio de fauna protegida, coral, marfil y maderas raras.",
            "ar": "الاتجار بالأحياء البرية المحمية والمرجان والعاج والأخشاب النادرة.",
        },
        "colour": "green",
    },
    "organised-crime": {
        "name": {
            "en": "Organised crime",
            "fr": "Crime organisé",
            "es": "Crimen organizado",
            "ar": "الجريمة المنظمة",
        },
        "description": {
            "en": "What organised crime is, and how it reaches everyday life.",
            "fr": "Ce qu’est le crime organisé, et comment il touche la vie de tous les jours.",
            "es": "Qué es el crimen organizado y cómo llega a la vida cotidiana.",
            "ar": "ما هي الجريمة المنظمة، وكيف تصل إلى حياتنا اليومية.",
        },
        "colour": "purple",
    },
}

INDEX = {
    "title": {
        "en": "Awareness topics",
        "fr": "Thèmes de sensibilisation",
        "es": "Temas de sensibilización",
        "ar": "مواضيع التوعية",
    },
    "slug": {"en": "topics", "fr": "themes", "es": "temas", "ar": "mawadi"},
    "intro": {
        "en": "Organised crime often hides behind ordinary choices. These pages explain the risks and what you can do.",
        "fr": "Le crime organisé se cache souvent derrière des choix ordinaires. Ces pages expliquent les risques et ce que vous pouvez faire.",
        "es": "El crimen organizado suele esconderse tras decisiones corrientes. Estas páginas explican los riesgos y lo que usted puede hacer.",
        "ar": "كثيرًا ما تختبئ الجريمة المنظمة وراء خيارات عادية. تشرح هذه الصفحات المخاطر وما يمكنك فعله.",
    },
}

TOPICS = [
    {
        "key": "internet",
        "theme": "cybercrime",
        "title": {
            "en": "Stay safe on the Internet",
            "fr": "Restez en sécurité sur Internet",
            "es": "Navegue seguro por Internet",
            "ar": "ابقَ آمنًا على الإنترنت",
        },
        "slug": {
            "en": "stay-safe-online",
            "fr": "securite-en-ligne",
            "es": "seguridad-en-internet",
            "ar": "aman-internet",
        },
        "summary": {
            "en": "Most of us live online every day. Know the risks, especially for children, and the simple habits that keep you safe.",
            "fr": "Nous vivons presque tous en ligne chaque jour. Connaissez les risques, surtout pour les enfants, et les réflexes simples qui protègent.",
            "es": "Casi todos vivimos conectados a diario. Conozca los riesgos, sobre todo para los niños, y los hábitos sencillos que le protegen.",
            "ar": "يقضي معظمنا جزءًا من يومه على الإنترنت. تعرّف على المخاطر، خاصة على الأطفال، وعلى العادات البسيطة التي تحميك.",
        },
        "intro": {
            "en": "Few of us could manage without the Internet, yet many people underestimate how criminals use it. Young people are the most exposed, but adults too can be drawn into relationships with someone who is not who they claim to be.",
            "fr": "Rares sont ceux qui pourraient se passer d’Internet, et pourtant beaucoup sous-estiment l’usage qu’en font les criminels. Les jeunes sont les plus exposés, mais les adultes aussi peuvent nouer une relation avec quelqu’un qui n’est pas celui qu’il prétend être.",
            "es": "Pocos podríamos arreglárnoslas sin Internet, pero muchos subestiman cómo lo usan los delincuentes. Los jóvenes son los más expuestos, aunque también los adultos pueden acabar en una relación con alguien que no es quien dice ser.",
            "ar": "قلّة منا تستطيع الاستغناء عن الإنترنت، ومع ذلك يستهين كثيرون بطرق استغلال المجرمين له. الشباب هم الأكثر عرضة، لكن البالغين أيضًا قد ينخرطون في علاقة مع شخص ليس كما يدّعي.",
        },
        "risks": {
            "en": [
                "Someone you meet online hides who they really are",
                "Personal photos and details are used to pressure or blackmail",
                "Fake shops take your money or your card details",
            ],
            "fr": [
                "Une personne rencontrée en ligne cache sa véritable identité",
                "Des photos et informations personnelles servent à faire pression ou à faire chanter",
                "De fausses boutiques prennent votre argent ou les données de votre carte",
            ],
            "es": [
                "Alguien que conoce en línea oculta quién es en realidad",
                "Fotos y datos personales se usan para presionar o chantajear",
                "Tiendas falsas se quedan con su dinero o con los datos de su tarjeta",
            ],
            "ar": [
                "شخص تتعرف إليه عبر الإنترنت يخفي هويته الحقيقية",
                "تُستخدم الصور والمعلومات الشخصية للضغط أو الابتزاز",
                "متاجر وهمية تستولي على أموالك أو بيانات بطاقتك",
            ],
        },
        "actions": {
            "en": [
                "Talk with children about who they meet online",
                "Think before sharing photos or personal details",
                "Report threats or blackmail to the police",
            ],
            "fr": [
                "Parlez avec les enfants des personnes qu’ils rencontrent en ligne",
                "Réfléchissez avant de partager des photos ou des informations personnelles",
                "Signalez les menaces ou le chantage à la police",
            ],
            "es": [
                "Hable con los niños sobre las personas que conocen en línea",
                "Piénselo antes de compartir fotos o datos personales",
                "Denuncie amenazas o chantajes a la policía",
            ],
            "ar": [
                "تحدّث مع الأطفال عمّن يتعرفون إليهم عبر الإنترنت",
                "فكّر قبل مشاركة الصور أو المعلومات الشخصية",
                "أبلغ الشرطة عن أي تهديد أو ابتزاز",
            ],
        },
        "questions": {
            "en": [
                (
                    "What if I have already shared something I regret?",
                    "Keep the messages, stop replying, and tell someone you trust or the police. You are not the one at fault.",
                )
            ],
            "fr": [
                (
                    "Et si j’ai déjà partagé quelque chose que je regrette ?",
                    "Gardez les messages, cessez de répondre et parlez-en à une personne de confiance ou à la police. Ce n’est pas vous le fautif.",
                )
            ],
            "es": [
                (
                    "¿Y si ya he compartido algo de lo que me arrepiento?",
                    "Guarde los mensajes, deje de responder y cuénteselo a alguien de confianza o a la policía. La culpa no es suya.",
                )
            ],
            "ar": [
                (
                    "ماذا لو شاركت بالفعل شيئًا أندم عليه؟",
                    "احتفظ بالرسائل وتوقف عن الرد وأخبر شخصًا تثق به أو الشرطة. أنت لست المخطئ.",
                )
            ],
        },
    },
    {
        "key": "environment",
        "theme": "environmental-crime",
        "title": {
            "en": "Reduce the impact on the environment",
            "fr": "Réduire l’impact sur l’environnement",
            "es": "Reducir el impacto en el medio ambiente",
            "ar": "الحدّ من الأثر على البيئة",
        },
        "slug": {"en": "environment", "fr": "environnement", "es": "medio-ambiente", "ar": "bia"},
        "summary": {
            "en": "A holiday souvenir of coral, ivory or rare wood can feed the illegal trade in nature. Ask where it comes from before you buy.",
            "fr": "Un souvenir de vacances en corail, en ivoire ou en bois rare peut alimenter le trafic d’espèces. Demandez d’où il vient avant d’acheter.",
            "es": "Un recuerdo de vacaciones de coral, marfil o madera rara puede alimentar el tráfico de especies. Pregunte su origen antes de comprar.",
            "ar": "قد يغذّي تذكار من المرجان أو العاج أو الخشب النادر التجارة غير المشروعة بالطبيعة. اسأل عن مصدره قبل الشراء.",
        },
        "intro": {
            "en": "Picture yourself on holiday, looking for something to take home. A coral piece, an ivory carving or a traditional remedy may look harmless, but some of these products are illegal, and many are taken from nature by criminal networks.",
            "fr": "Imaginez-vous en vacances, à la recherche d’un souvenir. Un morceau de corail, une sculpture en ivoire ou un remède traditionnel semblent inoffensifs, mais certains de ces produits sont illégaux et beaucoup sont prélevés dans la nature par des réseaux criminels.",
            "es": "Imagínese de vacaciones, buscando algo para llevar a casa. Un trozo de coral, una talla de marfil o un remedio tradicional parecen inofensivos, pero algunos de estos productos son ilegales y muchos los extraen de la naturaleza redes criminales.",
            "ar": "تخيّل نفسك في عطلة تبحث عن شيء تعود به إلى بيتك. قد تبدو قطعة مرجان أو منحوتة من العاج أو دواء تقليدي بريئة، لكن بعض هذه المنتجات غير قانوني، والكثير منها تنتزعه شبكات إجرامية من الطبيعة.",
        },
        "risks": {
            "en": [
                "Protected species are pushed towards extinction",
                "Souvenirs can be seized at the border, with a fine",
                "Profits flow to criminal networks",
            ],
            "fr": [
                "Des espèces protégées sont menacées de disparition",
                "Les souvenirs peuvent être saisis à la frontière, avec une amende",
                "Les bénéfices vont à des réseaux criminels",
            ],
            "es": [
                "Especies protegidas quedan al borde de la extinción",
                "Los recuerdos pueden ser decomisados en la frontera, con multa",
                "Las ganancias van a redes criminales",
            ],
            "ar": [
                "تُدفع أنواع محمية نحو الانقراض",
                "قد تُصادر التذكارات على الحدود مع غرامة",
                "تذهب الأرباح إلى شبكات إجرامية",
            ],
        },
        "actions": {
            "en": [
                "Ask what a souvenir is made of and where it comes from",
                "Avoid coral, ivory, rare woods and wildlife products",
                "Choose local crafts made from sustainable materials",
            ],
            "fr": [
                "Demandez de quoi un souvenir est fait et d’où il vient",
                "Évitez le corail, l’ivoire, les bois rares et les produits issus d’animaux sauvages",
                "Préférez l’artisanat local en matériaux durables",
            ],
            "es": [
                "Pregunte de qué está hecho un recuerdo y de dónde viene",
                "Evite el coral, el marfil, las maderas raras y los productos de fauna silvestre",
                "Elija artesanía local de materiales sostenibles",
            ],
            "ar": [
                "اسأل مِمَّ صُنع التذكار ومن أين جاء",
                "تجنّب المرجان والعاج والأخشاب النادرة ومنتجات الحياة البرية",
                "اختر الحرف المحلية المصنوعة من مواد مستدامة",
            ],
        },
        "questions": {},
    },
    {
        "key": "counterfeiting",
        "theme": "illicit-goods",
        "title": {
            "en": "Trafficking in illicit goods and counterfeiting",
            "fr": "Trafic de produits illicites et contrefaçon",
            "es": "Tráfico de productos ilícitos y falsificación",
            "ar": "الاتجار بالسلع غير المشروعة والتقليد",
        },
        "slug": {
            "en": "illicit-goods",
            "fr": "produits-illicites",
            "es": "productos-ilicitos",
            "ar": "silaa",
        },
        "summary": {
            "en": "A cheap fake handbag or DVD can help pay for organised crime, and fake medicines or parts can put lives at risk.",
            "fr": "Un faux sac ou un DVD piraté bon marché peut financer le crime organisé, et de faux médicaments ou pièces peuvent mettre des vies en danger.",
            "es": "Un bolso falso o un DVD pirata baratos pueden financiar el crimen organizado, y medicamentos o piezas falsas pueden poner vidas en peligro.",
            "ar": "قد تموّل حقيبة مقلدة أو أسطوانة مقرصنة رخيصة الجريمة المنظمة، وقد تعرّض الأدوية أو القطع المقلدة حياة الناس للخطر.",
        },
        "intro": {
            "en": "A bargain from a street stall can seem innocent. But buying fake or pirated goods can put money into the hands of criminal networks, and some fakes are dangerous in themselves.",
            "fr": "Une bonne affaire sur un étal de rue peut sembler anodine. Mais acheter des produits contrefaits ou piratés peut remplir les caisses de réseaux criminels, et certaines contrefaçons sont dangereuses en elles-mêmes.",
            "es": "Una ganga en un puesto callejero puede parecer inocente. Pero comprar productos falsos o pirateados puede llevar dinero a redes criminales, y algunas falsificaciones son peligrosas en sí mismas.",
            "ar": "قد تبدو صفقة من بائع متجول بريئة. لكن شراء السلع المقلدة أو المقرصنة قد يضع المال في أيدي شبكات إجرامية، وبعض المنتجات المقلدة خطيرة بحد ذاتها.",
        },
        "risks": {
            "en": [
                "Fake medicines, baby food and cosmetics can harm your health",
                "Counterfeit parts and refilled gas cylinders can fail dangerously",
                "Your money can fund other crimes",
            ],
            "fr": [
                "De faux médicaments, aliments pour bébés et cosmétiques peuvent nuire à la santé",
                "Des pièces contrefaites et des bouteilles de gaz remplies illégalement peuvent céder dangereusement",
                "Votre argent peut financer d’autres crimes",
            ],
            "es": [
                "Medicamentos, alimentos infantiles y cosméticos falsos pueden dañar su salud",
                "Piezas falsificadas y bombonas de gas rellenadas pueden fallar de forma peligrosa",
                "Su dinero puede financiar otros delitos",
            ],
            "ar": [
                "قد تضر الأدوية وأغذية الأطفال ومستحضرات التجميل المقلدة بصحتك",
                "قد تتعطل القطع المقلدة وأسطوانات الغاز المعاد تعبئتها بشكل خطير",
                "قد تموّل أموالك جرائم أخرى",
            ],
        },
        "actions": {
            "en": [
                "Buy from sellers you trust",
                "Be wary of prices that are too good to be true",
                "Report suspicious goods to the police or customs",
            ],
            "fr": [
                "Achetez auprès de vendeurs de confiance",
                "Méfiez-vous des prix trop beaux pour être vrais",
                "Signalez les produits suspects à la police ou aux douanes",
            ],
            "es": [
                "Compre a vendedores de confianza",
                "Desconfíe de los precios demasiado buenos para ser verdad",
                "Denuncie los productos sospechosos a la policía o a la aduana",
            ],
            "ar": [
                "اشترِ من بائعين تثق بهم",
                "احذر الأسعار التي تبدو أفضل من أن تكون حقيقية",
                "أبلغ الشرطة أو الجمارك عن السلع المشبوهة",
            ],
        },
        "questions": {
            "en": [
                (
                    "Is one fake handbag really a problem?",
                    "Each sale is small, but together they make counterfeiting very profitable for the networks behind it.",
                )
            ],
            "fr": [
                (
                    "Un seul faux sac, est-ce vraiment un problème ?",
                    "Chaque achat est modeste, mais ensemble ils rendent la contrefaçon très rentable pour les réseaux qui l’organisent.",
                )
            ],
            "es": [
                (
                    "¿De verdad es un problema un solo bolso falso?",
                    "Cada compra es pequeña, pero juntas hacen que la falsificación sea muy rentable para las redes que hay detrás.",
                )
            ],
            "ar": [
                (
                    "هل حقيبة مقلدة واحدة مشكلة حقًا؟",
                    "كل عملية شراء صغيرة، لكنها مجتمعةً تجعل التقليد مربحًا جدًا للشبكات التي تقف وراءه.",
                )
            ],
        },
    },
    {
        "key": "affects-you",
        "theme": "organised-crime",
        "title": {
            "en": "How do crimes affect you?",
            "fr": "Comment ces crimes vous touchent-ils ?",
            "es": "¿Cómo le afectan estos delitos?",
            "ar": "كيف تؤثر هذه الجرائم عليك؟",
        },
        "slug": {
            "en": "how-crime-affects-you",
            "fr": "comment-cela-vous-touche",
            "es": "como-le-afecta",
            "ar": "kayfa-tuathir",
        },
        "summary": {
            "en": "Organised crime is not only a distant problem: it reaches what we buy, our safety online and the places we visit.",
            "fr": "Le crime organisé n’est pas un problème lointain : il touche nos achats, notre sécurité en ligne et les lieux que nous visitons.",
            "es": "El crimen organizado no es un problema lejano: llega a lo que compramos, a nuestra seguridad en línea y a los lugares que visitamos.",
            "ar": "ليست الجريمة المنظمة مشكلة بعيدة: إنها تطال ما نشتريه وأماننا على الإنترنت والأماكن التي نزورها.",
        },
        "intro": {
            "en": "Organised crime is closer to everyday life than most people think. It shows up in the shopping basket, the inbox and the holiday market, and each of us can help turn it back.",
            "fr": "Le crime organisé est plus proche de la vie quotidienne qu’on ne le pense. Il se glisse dans le panier de courses, la boîte de réception et le marché de vacances, et chacun peut aider à le faire reculer.",
            "es": "El crimen organizado está más cerca de la vida diaria de lo que se piensa. Aparece en la cesta de la compra, en el correo y en el mercado de vacaciones, y cada uno puede ayudar a hacerlo retroceder.",
            "ar": "الجريمة المنظمة أقرب إلى حياتنا اليومية مما يظن معظم الناس. تظهر في سلة التسوق وصندوق البريد وسوق العطلات، وبإمكان كل واحد منا أن يساعد في التصدي لها.",
        },
        "risks": {},
        "actions": {},
        "questions": {},
    },
    {
        "key": "organised-crime",
        "theme": "organised-crime",
        "title": {
            "en": "What do we mean by organised crime?",
            "fr": "Qu’entend-on par crime organisé ?",
            "es": "¿Qué entendemos por crimen organizado?",
            "ar": "ماذا نعني بالجريمة المنظمة؟",
        },
        "slug": {
            "en": "what-is-organised-crime",
            "fr": "qu-est-ce-que-le-crime-organise",
            "es": "que-es-el-crimen-organizado",
            "ar": "ma-hiya",
        },
        "summary": {
            "en": "Not petty offences, but large-scale crime run by complex enterprises across borders, languages and jurisdictions.",
            "fr": "Pas la petite délinquance, mais une criminalité de grande ampleur menée par des structures complexes, par-delà frontières, langues et juridictions.",
            "es": "No se trata de delitos menores, sino de delincuencia a gran escala dirigida por estructuras complejas a través de fronteras, idiomas y jurisdicciones.",
            "ar": "ليست الجنح الصغيرة، بل جرائم واسعة النطاق تديرها مؤسسات معقدة عبر الحدود واللغات والولايات القضائية.",
        },
        "intro": {
            "en": "When we talk about organised crime we do not mean minor offences. We mean transnational crime on a large scale, run by extensive and complex criminal enterprises that operate across national borders, time zones, languages and legal systems.",
            "fr": "Quand nous parlons de crime organisé, il ne s’agit pas de délits mineurs, mais d’une criminalité transnationale de grande ampleur, menée par de vastes entreprises criminelles qui agissent par-delà les frontières, les fuseaux horaires, les langues et les systèmes juridiques.",
            "es": "Cuando hablamos de crimen organizado no nos referimos a delitos menores, sino a delincuencia transnacional a gran escala, dirigida por amplias y complejas empresas criminales que actúan a través de fronteras, husos horarios, idiomas y sistemas jurídicos.",
            "ar": "عندما نتحدث عن الجريمة المنظمة لا نقصد المخالفات البسيطة، بل الجرائم العابرة للحدود الواسعة النطاق التي تديرها مؤسسات إجرامية كبيرة ومعقدة تعمل عبر الحدود الوطنية والمناطق الزمنية واللغات والأنظمة القانونية.",
        },
        "risks": {},
        "actions": {},
        "questions": {},
    },
]
