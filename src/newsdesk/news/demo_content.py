"""Demo content for Newsdesk.

Pure data, no logic: fictional authors, categories, tags and articles for the
newsroom of an imaginary association of cooperatives based in Rome. Every
person, cooperative, NGO and project named here is invented. Articles are
mostly in English, with some Italian translations and Italian-only pieces.

Article bodies are simple HTML. Dates in "published" are local time in
Europe/Rome ("YYYY-MM-DD HH:MM"); they are ignored for drafts and scheduled
articles. When "image" is not None, a placeholder picture is generated from
its "colour".
"""

from __future__ import annotations

AUTHORS = [
    {
        "name": "Lucía Ferrándiz",
        "slug": "lucia-ferrandiz",
        "bio": (
            "Lucía heads the association’s communication office. Before moving to Rome "
            "from Valencia, she spent ten years as a local reporter covering ports, "
            "markets and city councils."
        ),
    },
    {
        "name": "Ngozi Adébáyọ̀",
        "slug": "ngozi-adebayo",
        "bio": (
            "Ngozi coordinates the association’s work on social inclusion, youth and "
            "women’s leadership. She spent fifteen years in social cooperatives, first "
            "as an educator and then as a manager."
        ),
    },
    {
        "name": "Matteo Quercia",
        "slug": "matteo-quercia",
        "bio": (
            "Matteo follows agriculture and fisheries for the association. He grew up on "
            "a family farm in the hills of central Italy and still spends his weekends "
            "among the olive trees."
        ),
    },
    {
        "name": "Ilaria Fenù",
        "slug": "ilaria-fenu",
        "bio": (
            "Ilaria is the association’s policy officer and drafts most of its public "
            "statements. She trained as a labour lawyer in Cagliari and has followed "
            "cooperative legislation for more than a decade."
        ),
    },
    {
        "name": "José Almeida Rocha",
        "slug": "jose-almeida-rocha",
        "bio": (
            "José advises member cooperatives on finance, housing and workers’ buyouts. "
            "Born in Porto, he has lived in Italy since his university years."
        ),
    },
]

CATEGORIES = [
    {
        "name": "Cooperatives",
        "slug": "cooperatives",
        "description": "News from the association and its member cooperatives in every sector.",
        "parent": None,
    },
    {
        "name": "Housing",
        "slug": "housing",
        "description": (
            "Housing cooperatives, affordable homes and the right to a decent place to live."
        ),
        "parent": "cooperatives",
    },
    {
        "name": "Agriculture",
        "slug": "agriculture",
        "description": "Farming cooperatives, short supply chains and the future of rural areas.",
        "parent": None,
    },
    {
        "name": "Fisheries",
        "slug": "fisheries",
        "description": "Small-scale fishing cooperatives and the protection of the sea.",
        "parent": None,
    },
    {
        "name": "Social inclusion",
        "slug": "social-inclusion",
        "description": "Social cooperatives, work integration and equal opportunities.",
        "parent": None,
    },
    {
        "name": "Youth",
        "slug": "youth",
        "description": "Young cooperators, training and generational renewal.",
        "parent": "social-inclusion",
    },
    {
        "name": "Events",
        "slug": "events",
        "description": "Assemblies, conferences, courses and meetings.",
        "parent": None,
    },
    {
        "name": "Statements",
        "slug": "statements",
        "description": "The association’s public positions on policy and current affairs.",
        "parent": None,
    },
]

TAGS = [
    {"name": "General assembly", "slug": "general-assembly"},
    {"name": "EU projects", "slug": "eu-projects"},
    {"name": "Training", "slug": "training"},
    {"name": "Young people", "slug": "young-people"},
    {"name": "Women in cooperatives", "slug": "women-in-cooperatives"},
    {"name": "Climate", "slug": "climate"},
    {"name": "Small-scale fishing", "slug": "small-scale-fishing"},
    {"name": "Organic farming", "slug": "organic-farming"},
    {"name": "Housing rights", "slug": "housing-rights"},
    {"name": "Partnerships", "slug": "partnerships"},
    {"name": "Awards", "slug": "awards"},
    {"name": "Annual report", "slug": "annual-report"},
    {"name": "New members", "slug": "new-members"},
    {"name": "Mediterranean", "slug": "mediterranean"},
    {"name": "Workers’ buyouts", "slug": "workers-buyouts"},
    {"name": "Work integration", "slug": "work-integration"},
]

ARTICLES = [
    {
        "key": "new-members-jan-2023",
        "language": "en",
        "translation_of": None,
        "title": "Fourteen cooperatives join the association at the start of 2023",
        "published": "2023-01-18 10:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>The board of the association has approved the membership of fourteen new "
            "cooperatives, bringing the total number of member enterprises to 412. The "
            "newcomers come from eight regions and from very different sectors: two fishing "
            "cooperatives from the Adriatic coast, four agricultural cooperatives, three "
            "social cooperatives, a housing cooperative, a cooperative of sign-language "
            "interpreters, a bakery bought out by its workers and two cooperatives of young "
            "cultural workers.</p>"
            "<p>“Every new member brings a story, and every story shows that working together "
            "is still the most practical answer to hard times,” said the association’s "
            "secretary general, Paola D’Ascenzo, welcoming the new members at the first board "
            "meeting of the year.</p>"
            "<p>The new members will be invited to an induction day in Rome in March, where "
            "they will meet the association’s staff and learn about the services available to "
            "them, from legal advice to training and access to "
            '<a href="https://example.org/services/funding">funding opportunities</a>.</p>'
            "<p>The full list of member cooperatives is available in the "
            '<a href="https://example.org/members">members’ directory</a>.</p>'
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": ["new-members"],
        "image": {
            "alt": (
                "Representatives of new member cooperatives smiling on the steps of the "
                "association’s headquarters in Rome"
            ),
            "caption": "Some of the new members at the January board meeting.",
            "credit": "Photo: Lucía Ferrándiz",
            "decorative": False,
            "colour": "#2a6f97",
        },
    },
    {
        "key": "halieus-trawl-free-season-2023",
        "language": "en",
        "translation_of": None,
        "title": "Haliéus fishing cooperative starts its first trawl-free season",
        "published": "2023-02-09 09:15",
        "status": "published",
        "sticky": False,
        "dateline": "Torre Lucerna",
        "excerpt": "",
        "body": (
            "<p>At dawn on Monday the boats of Haliéus, the fishing cooperative of the small "
            "port of Torre Lucerna, left the harbour for the first time without a single trawl "
            "net on board. After two years of discussion, the 38 worker-members decided in "
            "their autumn assembly to give up bottom trawling for good and to fish only with "
            "passive gear: set nets, traps and longlines.</p>"
            "<p>It is a choice that few small fleets in the southern Adriatic have made so "
            "far, and one that the cooperative took with its eyes open. “We know the first "
            "year will be hard,” says Nicola Scarano, who has chaired Haliéus since 2019. “Our "
            "catches will be smaller and our costs will not fall overnight. But we also know "
            "that if we keep scraping the seabed, in ten years there will be nothing left to "
            "fish – and nobody left to fish it.”</p>"
            "<h2>Why the cooperative changed course</h2>"
            "<p>The decision did not come out of nowhere. Since 2020 Haliéus has worked with "
            "marine biologists from a university research station on the coast, recording "
            "every catch and mapping the seagrass meadows just outside the harbour. The data "
            "showed a steady decline in the size of the fish landed and a worrying loss of the "
            "meadows where many species spawn.</p>"
            "<p>The members discussed the findings in a series of open meetings, some of them "
            "held on the quayside after the morning’s work. Older fishers remembered a time "
            "when the same waters were full of red mullet and cuttlefish; younger ones worried "
            "about whether the cooperative would still exist when they reached retirement "
            "age. In the end, the vote was almost unanimous: 35 in favour, two against and one "
            "abstention.</p>"
            "<h2>What changes on board</h2>"
            "<p>The switch to passive gear means new routines for everyone. The boats go out "
            "earlier and stay closer to the coast. Nets are set in the evening and hauled in "
            "at first light, so that the fish arrive at the market fresher. The cooperative "
            "has also invested in:</p>"
            "<ul>"
            "<li>new set nets with larger meshes, which let juvenile fish escape;</li>"
            "<li>cuttlefish traps made by hand during the winter months by retired "
            "members;</li>"
            "<li>a small cold room on the quay, shared by all the boats, to reduce "
            "waste;</li>"
            "<li>a simple digital logbook that records catches, fuel use and bycatch.</li>"
            "</ul>"
            "<p>Part of the investment was covered by a regional grant for sustainable "
            "fisheries, part by a loan from a cooperative credit fund and part by the members "
            "themselves, who agreed to set aside a share of last year’s surplus.</p>"
            "<h2>Selling less, selling better</h2>"
            "<p>Smaller catches only make sense if each fish is worth more. For this reason "
            "Haliéus is building direct links with restaurants, school canteens and "
            "solidarity purchasing groups in the towns along the coast. Every Friday the "
            "cooperative now runs a stall on the harbour front, where customers can buy the "
            "morning’s catch and learn how to cook species that rarely reach the supermarket, "
            "such as garfish, bogue and greater weever.</p>"
            "<p>“People are curious,” says Anna Lisi, one of the four women members of the "
            "cooperative, who runs the stall. “They ask where the fish was caught, who caught "
            "it, why it looks different from what they buy in the city. Every question is a "
            "chance to explain what we are doing.”</p>"
            "<p>The association will follow the first trawl-free season closely and share the "
            "results with other fishing cooperatives that are considering a similar "
            "transition. A first report is expected in the autumn.</p>"
        ),
        "authors": ["matteo-quercia"],
        "categories": ["fisheries"],
        "tags": ["small-scale-fishing", "climate", "mediterranean"],
        "image": {
            "alt": (
                "Two small fishing boats with blue hulls moored side by side in a quiet "
                "harbour at sunrise"
            ),
            "caption": "The Haliéus boats in the harbour of Torre Lucerna.",
            "credit": "Photo: Haliéus cooperative",
            "decorative": False,
            "colour": "#1d4e89",
        },
    },
    {
        "key": "office-closed-march-2023",
        "language": "en",
        "translation_of": None,
        "title": "Office closed on 6 March for staff training",
        "published": "2023-03-01 16:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Our offices in Rome will be closed on Monday 6 March, as all staff will attend "
            "a training day on data protection. Urgent requests can be sent through "
            '<a href="https://example.org/contact">our contact form</a>. We will reply from '
            "Tuesday 7 March.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["events"],
        "tags": [],
        "image": None,
    },
    {
        "key": "statement-cooperative-tax-reform-2023",
        "language": "en",
        "translation_of": None,
        "title": "Statement on the proposed reform of cooperative tax rules",
        "published": "2023-03-21 12:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Rome, 21 March 2023 – The association has expressed serious concern about the "
            "draft reform of the tax rules for cooperatives presented to parliament last week. "
            "In its current form, the proposal would reduce the share of annual surplus that "
            "cooperatives can set aside in indivisible reserves without paying tax on it.</p>"
            "<p>Indivisible reserves are not a privilege. They are the capital that "
            "cooperatives build up, year after year, and that can never be distributed to "
            "members – not even when a cooperative closes, when they pass to funds that "
            "support new cooperative enterprises. They are the reason why so many cooperatives "
            "survive crises that wipe out other businesses, and why they keep jobs in areas "
            "that others have abandoned.</p>"
            "<p>“Weakening this mechanism would mean asking cooperatives to become more "
            "fragile precisely at the moment when communities need them most,” said the "
            "association’s president, Rosalba Ceccàroli. “We are ready to discuss any measure "
            "that makes the system fairer and more transparent, but not one that punishes "
            "those who reinvest everything they earn.”</p>"
            "<p>The association calls on parliament to:</p>"
            "<ol>"
            "<li>keep the current treatment of indivisible reserves unchanged;</li>"
            "<li>strengthen controls against false cooperatives, which damage honest "
            "enterprises and workers alike;</li>"
            "<li>open a proper consultation with cooperative organisations before the text is "
            "voted on.</li>"
            "</ol>"
            "<p>A detailed technical note on the draft reform is available on our "
            '<a href="https://example.org/policy/tax-reform-2023">policy page</a>.</p>'
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["statements"],
        "tags": [],
        "image": {
            "alt": (
                "A printed copy of a draft law covered in pencil notes and coloured sticky "
                "tabs, lying on a meeting table"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#5f0f40",
        },
    },
    {
        "key": "women-mentoring-programme-2023",
        "language": "en",
        "translation_of": None,
        "title": "Women in cooperatives: a mentoring programme takes off",
        "published": "2023-04-14 11:00",
        "status": "published",
        "sticky": False,
        "dateline": "Naples",
        "excerpt": (
            "Twenty-four women who have just joined the boards of their cooperatives will be "
            "paired with experienced mentors for a year of meetings, visits and shared "
            "problem-solving."
        ),
        "body": (
            "<p>Twenty-four women who have recently been elected to the boards of their "
            "cooperatives met in Naples this week for the opening session of “Alongside”, the "
            "association’s first mentoring programme dedicated to women in cooperative "
            "leadership.</p>"
            "<p>Each participant has been paired with a mentor – a woman who has chaired a "
            "cooperative, managed one, or served on its board for at least five years. Over "
            "the next twelve months, the pairs will meet at least once a month, online or in "
            "person, and will take part in three residential workshops on governance, finance "
            "and negotiation.</p>"
            "<p>Women make up more than half of the workers in our member cooperatives, but "
            "only about a quarter of board members and fewer than one president in five. “The "
            "numbers are improving, but too slowly,” said Ngozi Adébáyọ̀, who coordinates the "
            "programme. “Many women tell us they were elected and then left alone. Mentoring "
            "is a way of saying: you are not alone, and your questions are legitimate.”</p>"
            "<p>Among the participants is Mariam Haddad, 31, newly elected vice-president of a "
            "social cooperative that runs after-school clubs. “I know my cooperative inside "
            "out, but I had never read a balance sheet,” she said. “I want to be able to ask "
            "the right questions at board meetings, not just nod.”</p>"
            "<p>The programme is funded by the association’s solidarity fund. A second edition "
            "is planned for 2024.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["social-inclusion"],
        "tags": ["women-in-cooperatives", "training"],
        "image": {
            "alt": (
                "A group of women sitting in a circle of chairs in a bright meeting room, "
                "listening to one of them speak"
            ),
            "caption": "The opening session of the mentoring programme in Naples.",
            "credit": "",
            "decorative": False,
            "colour": "#9b2226",
        },
    },
    {
        "key": "general-assembly-2023",
        "language": "en",
        "translation_of": None,
        "title": "General assembly 2023: a renewed board and three priorities",
        "published": "2023-05-11 18:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Rome, 11 May 2023 – The general assembly of the association, meeting today in "
            "Rome with delegates from 287 member cooperatives, re-elected Rosalba Ceccàroli as "
            "president and renewed half of the board. The delegates also approved the 2022 "
            "accounts and a work plan built around three priorities for the next two years: "
            "generational renewal, the climate transition and access to housing.</p>"
            "<h2>A year of recovery, with shadows</h2>"
            "<p>Opening the assembly, the president described 2022 as “a year of recovery with "
            "long shadows”. The turnover of member cooperatives grew by 6 per cent on average, "
            "and employment returned above pre-pandemic levels. But rising energy costs hit "
            "hard, especially for agricultural cooperatives and for social cooperatives "
            "running residential services, many of which closed the year with a loss despite "
            "working at full capacity.</p>"
            "<p>“Our members did not lay anyone off,” she said. “They cut their own margins, "
            "postponed investments and, in some cases, asked worker-members to accept a "
            "temporary reduction in their dividends. That is what cooperation looks like when "
            "things get difficult, and we should be proud of it. But we cannot ask the same "
            "sacrifice every year.”</p>"
            "<h2>Three priorities for the next two years</h2>"
            "<p>The work plan approved by the delegates sets out concrete objectives for each "
            "priority.</p>"
            "<h3>Generational renewal</h3>"
            "<p>Almost a third of the presidents of our member cooperatives are over 60. The "
            "association will launch a programme to support young people who want to take on "
            "leadership roles, including a summer school, a network of young cooperators and "
            "a fund to help cooperatives hire and train under-35s.</p>"
            "<h3>The climate transition</h3>"
            "<p>Agricultural and fishing cooperatives are already living with the effects of "
            "climate change – droughts, heatwaves, disappearing species. The association will "
            "help members measure their emissions, share good practices such as the "
            "trawl-free season of the Haliéus fishing cooperative, and apply for funding for "
            "energy efficiency and renewable energy.</p>"
            "<h3>Access to housing</h3>"
            "<p>Housing cooperatives are one of the few tools that can offer affordable homes "
            "without public subsidies lasting forever. The association will work with local "
            "authorities to make public land available for new cooperative housing projects "
            "and will support existing housing cooperatives in renovating their "
            "buildings.</p>"
            "<h2>A renewed board</h2>"
            "<p>The new board has fifteen members, seven of whom are women and four of whom "
            "are under 40 – the youngest board in the history of the association. Among the "
            "new members are Anna Lisi of Haliéus, Tomás Ferreira Bianchi of a workers’ "
            "cooperative in the printing sector and Giuliana Pardo, president of Società "
            "Cooperativa Nuova Terra.</p>"
            "<p>The assembly closed with a moment of silence in memory of the members who "
            "passed away during the year, and with a shared lunch prepared by Tavola Aperta, "
            "a catering social cooperative that employs young people with disabilities.</p>"
            "<p>The documents approved by the assembly can be downloaded from the "
            '<a href="https://example.org/assembly/2023">assembly page</a>.</p>'
        ),
        "authors": ["lucia-ferrandiz", "ilaria-fenu"],
        "categories": ["cooperatives", "events"],
        "tags": ["general-assembly"],
        "image": {
            "alt": "Delegates raising green voting cards in a crowded conference hall",
            "caption": "Delegates vote on the 2023–2024 work plan.",
            "credit": "Photo: Marco Vitale / association archive",
            "decorative": False,
            "colour": "#386641",
        },
    },
    {
        "key": "nuova-terra-farm-shop-2023",
        "language": "en",
        "translation_of": None,
        "title": "Società Cooperativa Nuova Terra opens a farm shop run by its members",
        "published": "2023-06-06 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "Montefioralbo",
        "excerpt": "",
        "body": (
            "<p>The farming cooperative Società Cooperativa Nuova Terra has opened a shop at "
            "the entrance of its main farm, on the road between Montefioralbo and the valley. "
            "The shop sells the cooperative’s own produce – olive oil, chickpeas, durum wheat "
            "pasta, seasonal vegetables and honey – together with cheese and wine from three "
            "neighbouring cooperatives.</p>"
            "<p>The shop is run in turns by the worker-members, who have taken a short course "
            "in retail and food safety. “We wanted people to meet the hands that grow their "
            "food,” says the cooperative’s president, Giuliana Pardo. “When customers come "
            "here, they see the fields, the tractors, the mud on our boots. It changes the way "
            "they think about price.”</p>"
            "<p>Founded in 1978 by a group of farm labourers who took over land left "
            "uncultivated, Nuova Terra today has 46 members and farms 320 hectares, half of "
            "them organically. The shop is part of a wider plan to sell a greater share of the "
            "harvest directly, reducing the cooperative’s dependence on large buyers.</p>"
            "<p>Opening hours are Tuesday to Saturday, 8.30–13.00 and 16.00–19.30. On the "
            "first Sunday of each month the cooperative organises a guided walk through the "
            "olive groves, followed by a tasting.</p>"
        ),
        "authors": ["matteo-quercia"],
        "categories": ["agriculture"],
        "tags": ["organic-farming"],
        "image": {
            "alt": (
                "Wooden shelves stocked with bottles of olive oil, bags of chickpeas and jars "
                "of honey inside a small rural shop"
            ),
            "caption": "The new shop at the entrance of the Nuova Terra farm.",
            "credit": "Photo: Società Cooperativa Nuova Terra",
            "decorative": False,
            "colour": "#bc6c25",
        },
    },
    {
        "key": "summer-school-2023",
        "language": "en",
        "translation_of": None,
        "title": "Summer school on cooperative management: applications open",
        "published": "2023-06-27 09:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Applications are now open for the first summer school on cooperative "
            "management organised by the association. The school is aimed at people aged 20 "
            "to 35 who work in a cooperative, or who are planning to start one, and will take "
            "place from 4 to 9 September in a farmhouse run by an agricultural cooperative in "
            "the hills of central Italy.</p>"
            "<p>Over six days, participants will study the basics of cooperative law, "
            "governance, accounting and communication, alternating classroom sessions with "
            "visits to member cooperatives. Every afternoon will end with a “case clinic”, in "
            "which small groups work on a real problem brought by one of the "
            "participants.</p>"
            "<p>The school is free of charge: accommodation, meals and travel within Italy are "
            "covered by the association’s youth fund. There are 30 places available.</p>"
            "<p><strong>Deadline for applications: 15 July 2023.</strong> To apply, fill in "
            'the <a href="https://example.org/summer-school/apply">online form</a>. For more '
            "information, write to our youth team through the "
            '<a href="https://example.org/contact">contact page</a>.</p>'
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["events", "youth"],
        "tags": ["training", "young-people"],
        "image": {
            "alt": (
                "Young people working around a long wooden table covered with notebooks, "
                "laptops and sticky notes"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#e9c46a",
        },
    },
    {
        "key": "annual-report-2022",
        "language": "en",
        "translation_of": None,
        "title": "Annual report 2022 now available",
        "published": "2023-08-29 15:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Our annual report for 2022 is now online. It gathers the main figures of our "
            "member cooperatives, the association’s accounts and a summary of the year’s "
            'activities. You can <a href="https://example.org/reports/2022">read it '
            "here</a>.</p>"
        ),
        "authors": ["jose-almeida-rocha"],
        "categories": ["cooperatives"],
        "tags": ["annual-report"],
        "image": None,
    },
    {
        "key": "casa-dei-tigli-retrofit-2023",
        "language": "en",
        "translation_of": None,
        "title": "Housing cooperative Casa dei Tigli completes its energy retrofit",
        "published": "2023-09-19 11:45",
        "status": "published",
        "sticky": False,
        "dateline": "Turin",
        "excerpt": "",
        "body": (
            "<p>After eighteen months of works, the housing cooperative Casa dei Tigli has "
            "completed the energy retrofit of its two buildings in the north of Turin, home to "
            "64 households. The project included insulation of the facades and roofs, new "
            "windows, a centralised heat pump system and 90 solar panels on the roofs.</p>"
            "<p>According to the first estimates, the energy consumption of the buildings will "
            "fall by around 60 per cent. For the residents – most of them pensioners, young "
            "families and workers on modest incomes – this means savings of several hundred "
            "euros a year on their bills.</p>"
            "<p>“The hardest part was not the construction work, but the decision,” explains "
            "José Almeida Rocha, who followed the project for the association. “Every "
            "household had to agree to a temporary increase in the monthly fee to repay the "
            "loan. There were long assemblies, some of them heated. In the end, the members "
            "voted in favour because they trusted the figures – and because they trusted each "
            "other.”</p>"
            "<p>The works were financed through a combination of national tax incentives, a "
            "loan from an ethical bank and the cooperative’s own reserves. The residents "
            "stayed in their homes throughout the works, with the cooperative organising a "
            "rota to look after older members during the noisiest phases.</p>"
            "<p>Founded in 1962 by workers from the city’s factories, Casa dei Tigli is one of "
            "the oldest housing cooperatives in our network. Its members own the buildings "
            "collectively and pay a monthly fee well below market rents.</p>"
            "<p>The association has published a "
            '<a href="https://example.org/housing/retrofit-guide">short guide</a> for housing '
            "cooperatives that are considering similar works.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["housing"],
        "tags": ["climate", "housing-rights"],
        "image": {
            "alt": (
                "A five-storey apartment building with freshly painted yellow facades and "
                "solar panels visible along the roof edge"
            ),
            "caption": "One of the two Casa dei Tigli buildings after the works.",
            "credit": "Photo: Casa dei Tigli",
            "decorative": False,
            "colour": "#f4a261",
        },
    },
    {
        "key": "casa-dei-tigli-retrofit-2023-it",
        "language": "it",
        "translation_of": "casa-dei-tigli-retrofit-2023",
        "title": (
            "La cooperativa di abitanti Casa dei Tigli completa la riqualificazione energetica"
        ),
        "published": "2023-09-19 12:15",
        "status": "published",
        "sticky": False,
        "dateline": "Torino",
        "excerpt": "",
        "body": (
            "<p>Dopo diciotto mesi di lavori, la cooperativa di abitanti Casa dei Tigli ha "
            "completato la riqualificazione energetica dei suoi due edifici nella zona nord di "
            "Torino, dove vivono 64 nuclei familiari. Il progetto ha previsto l’isolamento "
            "delle facciate e dei tetti, nuovi serramenti, un impianto centralizzato a pompa "
            "di calore e 90 pannelli solari sui tetti.</p>"
            "<p>Secondo le prime stime, i consumi energetici degli edifici diminuiranno di "
            "circa il 60 per cento. Per i residenti – in gran parte pensionati, giovani "
            "famiglie e lavoratori con redditi modesti – questo significa un risparmio di "
            "diverse centinaia di euro l’anno in bolletta.</p>"
            "<p>“La parte più difficile non sono stati i lavori, ma la decisione”, spiega José "
            "Almeida Rocha, che ha seguito il progetto per l’associazione. “Ogni famiglia "
            "doveva accettare un aumento temporaneo del canone mensile per restituire il "
            "prestito. Ci sono state assemblee lunghe, a volte accese. Alla fine i soci hanno "
            "votato a favore perché si fidavano dei numeri – e perché si fidavano gli uni "
            "degli altri.”</p>"
            "<p>I lavori sono stati finanziati con una combinazione di incentivi fiscali "
            "nazionali, un prestito di una banca etica e le riserve della cooperativa. I "
            "residenti sono rimasti nelle loro case per tutta la durata del cantiere, e la "
            "cooperativa ha organizzato dei turni per assistere i soci più anziani nelle fasi "
            "più rumorose.</p>"
            "<p>Fondata nel 1962 da operai delle fabbriche della città, Casa dei Tigli è una "
            "delle cooperative di abitanti più antiche della nostra rete. I soci sono "
            "proprietari degli edifici in forma collettiva e pagano un canone mensile molto "
            "inferiore agli affitti di mercato.</p>"
            "<p>L’associazione ha pubblicato una "
            '<a href="https://example.org/it/abitare/guida-riqualificazione">breve guida</a> '
            "per le cooperative di abitanti che stanno valutando interventi simili.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["housing"],
        "tags": ["climate", "housing-rights"],
        "image": {
            "alt": (
                "Un condominio di cinque piani con le facciate gialle appena ridipinte e i "
                "pannelli solari visibili lungo il bordo del tetto"
            ),
            "caption": "Uno dei due edifici di Casa dei Tigli dopo i lavori.",
            "credit": "Foto: Casa dei Tigli",
            "decorative": False,
            "colour": "#f4a261",
        },
    },
    {
        "key": "partnership-acacia-olive-2023",
        "language": "en",
        "translation_of": None,
        "title": "Partnership signed with Acacia & Olive Network",
        "published": "2023-10-10 14:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>The association and the NGO Acacia &amp; Olive Network have signed a "
            "three-year partnership agreement to support farming and fishing cooperatives on "
            "both shores of the Mediterranean and in West Africa.</p>"
            "<p>Acacia &amp; Olive Network works with smallholder farmers’ organisations in "
            "Senegal, Ghana, Tunisia and Morocco, helping them to improve their production, "
            "reach new markets and strengthen their internal democracy. The partnership will "
            "focus on three areas:</p>"
            "<ul>"
            "<li><strong>exchange visits</strong> between cooperatives in Italy and in partner "
            "countries;</li>"
            "<li><strong>joint training</strong> on cooperative governance and women’s "
            "leadership;</li>"
            "<li><strong>fair trade links</strong>, so that products from partner cooperatives "
            "can reach consumers in Italy through our members’ shops.</li>"
            "</ul>"
            "<p>“We have a lot to learn from each other,” said Aïssatou Ndiaye Faye, director "
            "of Acacia &amp; Olive Network, during the signing ceremony. “Our cooperatives know "
            "how to work with very few resources. Italian cooperatives know how to build "
            "institutions that last for generations. Together we can do both.”</p>"
            "<p>The first exchange visit is planned for spring 2024, when a delegation from "
            "the Haliéus fishing cooperative will travel to a women’s fish-processing "
            "cooperative on the Senegalese coast.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": ["partnerships", "mediterranean"],
        "image": {
            "alt": (
                "Two people shaking hands across a table after signing documents, with a "
                "banner decorated with olive branches behind them"
            ),
            "caption": "The signing ceremony in Rome.",
            "credit": "",
            "decorative": False,
            "colour": "#606c38",
        },
    },
    {
        "key": "bando-cooperative-comunita-2023",
        "language": "it",
        "translation_of": None,
        "title": "Cooperative di comunità: un bando regionale per i paesi dell’Appennino",
        "published": "2023-10-25 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>È stato pubblicato il nuovo bando regionale che sostiene la nascita e il "
            "consolidamento delle cooperative di comunità nei comuni montani con meno di "
            "3\u00a0000 abitanti. Il bando mette a disposizione 2,5 milioni di euro, con "
            "contributi a fondo perduto fino a 80\u00a0000 euro per ciascun progetto.</p>"
            "<p>Le cooperative di comunità sono imprese in cui gli abitanti di un paese "
            "gestiscono insieme i servizi di cui la comunità ha bisogno: l’emporio, il bar, la "
            "cura dei boschi, l’accoglienza turistica, il trasporto delle persone anziane. In "
            "molti borghi sono l’ultimo presidio contro lo spopolamento, e spesso l’unico "
            "luogo in cui gli abitanti si incontrano ancora.</p>"
            "<p>Possono partecipare sia le cooperative già costituite sia i gruppi di "
            "cittadini che intendono costituirne una entro sei mesi dall’approvazione del "
            "progetto. Saranno premiati in particolare i progetti che coinvolgono giovani e "
            "donne e quelli che prevedono la collaborazione con le amministrazioni "
            "locali.</p>"
            "<p>La scadenza per la presentazione delle domande è fissata al "
            "<strong>31 gennaio 2024</strong>. Gli uffici dell’associazione offrono assistenza "
            "gratuita nella preparazione dei progetti: è possibile prenotare un appuntamento "
            'dalla <a href="https://example.org/it/contatti">pagina dei contatti</a>.</p>'
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["cooperatives"],
        "tags": [],
        "image": {
            "alt": (
                "Un piccolo paese di montagna con case in pietra e un campanile, circondato da "
                "boschi autunnali"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#a98467",
        },
    },
    {
        "key": "fisheries-meeting-bari-2023",
        "language": "en",
        "translation_of": None,
        "title": "Fishing cooperatives meet in Bari to discuss the future of small fleets",
        "published": "2023-11-16 19:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Bari, 16 November 2023 – More than 120 fishers, representing 31 fishing "
            "cooperatives from six regions, met today in Bari for the association’s annual "
            "fisheries conference. At the centre of the discussion: how small-scale fleets can "
            "survive rising fuel costs, declining fish stocks and a generation gap that "
            "threatens to empty the harbours.</p>"
            "<p>The figures presented in the opening session were sobering. In the last ten "
            "years, the number of small-scale fishing boats in our member cooperatives has "
            "fallen by almost a fifth, and the average age of fishers has risen to 54. Only "
            "one fisher in ten is under 35.</p>"
            "<p>Yet the conference was far from gloomy. Several cooperatives presented "
            "experiences that point in a different direction. Haliéus, from Torre Lucerna, "
            "shared the results of its first trawl-free season: catches down by 22 per cent, "
            "but revenues down by only 6 per cent, thanks to direct sales and better prices. A "
            "cooperative from the Tyrrhenian coast described how it combines fishing with "
            "tourism, taking small groups of visitors out on its boats in the summer "
            "months.</p>"
            "<p>“Nobody here is asking for charity,” said one of the speakers, a fisher in his "
            "thirties who returned to his father’s boat after working in a factory in the "
            "north. “We are asking for rules that recognise the difference between a 9-metre "
            "boat and an industrial trawler.”</p>"
            "<p>The conference closed with the approval of a short document of proposals, "
            "which the association will present to the ministry and to the European "
            "institutions in the coming months. The document is available on our "
            '<a href="https://example.org/fisheries/bari-2023">fisheries page</a>.</p>'
        ),
        "authors": ["matteo-quercia"],
        "categories": ["fisheries", "events"],
        "tags": ["small-scale-fishing", "mediterranean"],
        "image": {
            "alt": (
                "A conference room full of people, several in work jackets, listening to a "
                "speaker in front of a screen showing a map of the coast"
            ),
            "caption": "The fisheries conference in Bari.",
            "credit": "Photo: Lucía Ferrándiz",
            "decorative": False,
            "colour": "#005f73",
        },
    },
    {
        "key": "seasons-greetings-2023",
        "language": "en",
        "translation_of": None,
        "title": "Season’s greetings",
        "published": "2023-12-20 12:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>The whole team of the association wishes you a peaceful holiday season and a "
            "new year full of cooperation. Thank you to all our members, partners and friends "
            "for everything we built together in 2023.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": [],
        "image": {
            "alt": "",
            "caption": "",
            "credit": "",
            "decorative": True,
            "colour": "#ae2012",
        },
    },
    {
        "key": "seasons-greetings-2023-it",
        "language": "it",
        "translation_of": "seasons-greetings-2023",
        "title": "Auguri di buone feste",
        "published": "2023-12-20 12:05",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Tutto lo staff dell’associazione vi augura serene feste e un nuovo anno ricco "
            "di cooperazione. Grazie a tutte le socie e a tutti i soci, ai partner e agli "
            "amici per ciò che abbiamo costruito insieme nel 2023.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": [],
        "image": None,
    },
    {
        "key": "tipografia-aurora-buyout-2024",
        "language": "en",
        "translation_of": None,
        "title": "From closure to cooperative: the workers who saved Tipografia Aurora",
        "published": "2024-01-23 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "Prato",
        "excerpt": (
            "When the owners of a printing works announced its closure, eighteen of its "
            "workers pooled their severance pay and turned it into a cooperative. Two years "
            "on, the presses are still running."
        ),
        "body": (
            "<p>In the autumn of 2021, the workers of Tipografia Aurora learned that the "
            "printing works where many of them had spent their entire working lives was going "
            "to close. The owners, close to retirement and with no heirs interested in the "
            "business, had found no buyer. Thirty-one jobs were about to disappear.</p>"
            "<p>Two years later, the presses are still running. Eighteen of those workers "
            "pooled their unemployment benefits and severance pay, set up a cooperative and "
            "bought the company’s machinery and client list. Today Tipografia Aurora is a "
            "workers’ cooperative with 22 members, a turnover that has returned to pre-crisis "
            "levels and an order book full until the spring.</p>"
            "<h2>“We knew the work, not the business”</h2>"
            "<p>“At the beginning we were terrified,” admits Tomás Ferreira Bianchi, a "
            "bookbinder who has worked at Aurora since he was nineteen and is now the "
            "cooperative’s president. “We knew every machine, every paper, every client’s "
            "quirks. But none of us had ever drawn up a budget or negotiated with a "
            "bank.”</p>"
            "<p>The workers turned to the association, which helped them write a business "
            "plan, choose the right legal form and apply for the instruments that Italian law "
            "provides for workers’ buyouts. A cooperative investment fund took a minority "
            "stake in the new company, and an ethical bank granted a loan guaranteed in part "
            "by the members’ own savings.</p>"
            "<h2>Changing what they print – and how</h2>"
            "<p>The first months were spent learning. Every Friday afternoon the members met "
            "to go through the week’s accounts together, line by line, with the help of an "
            "adviser from the association. “It was like going back to school,” says Elisa "
            "Ranieri, who used to work in the warehouse and now looks after administration. "
            "“But it was the first time anyone had explained to us where the money "
            "goes.”</p>"
            "<p>The cooperative also changed its market. Under the old ownership, most of the "
            "work came from two large clients in the fashion industry. The members decided to "
            "diversify: today Aurora prints books for small publishers, catalogues for "
            "museums, packaging for food cooperatives and materials for NGOs. It has switched "
            "to certified paper and vegetable-based inks, and it recycles all its "
            "offcuts.</p>"
            "<p>Decisions are taken by the assembly of members, which meets every month. "
            "Salaries have been harmonised: the highest is no more than twice the lowest. "
            "“Nobody got rich,” says Ferreira Bianchi, “but nobody lost their job, and we have "
            "taken on four new colleagues. Two of them are under 25.”</p>"
            "<h2>A model worth supporting</h2>"
            "<p>Tipografia Aurora is one of eleven workers’ buyouts that the association has "
            "supported in the past five years. Together they have saved more than 300 jobs, in "
            "sectors ranging from metalworking to catering. Not all of them have been "
            "successful, but most have survived longer than the average new business.</p>"
            "<p>“Workers’ buyouts are not a miracle cure,” says José Almeida Rocha, who "
            "advises cooperatives on finance at the association. “They work when the business "
            "is viable, when the workers are ready to take responsibility and when there is "
            "enough time to plan. Too often we are called when it is already too late. Our "
            "message to trade unions and to workers is simple: if you hear rumours of a "
            "closure, talk to us early.”</p>"
            "<p>More information on how the association supports workers’ buyouts is "
            'available on our <a href="https://example.org/services/workers-buyouts">services '
            "page</a>.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": ["workers-buyouts"],
        "image": {
            "alt": (
                "A man in a blue work apron checking freshly printed sheets as they come off "
                "a large offset press"
            ),
            "caption": "Tomás Ferreira Bianchi at one of Aurora’s presses.",
            "credit": "Photo: Tipografia Aurora",
            "decorative": False,
            "colour": "#3d405b",
        },
    },
    {
        "key": "coopshore-kickoff-2024",
        "language": "en",
        "translation_of": None,
        "title": "EU-funded project COOPSHORE kicks off with partners from five countries",
        "published": "2024-02-20 13:00",
        "status": "published",
        "sticky": False,
        "dateline": "Valencia",
        "excerpt": "",
        "body": (
            "<p>The kick-off meeting of COOPSHORE, a three-year project co-funded by the "
            "European Union, was held this week in Valencia. The project brings together "
            "eight organisations from Italy, Spain, Greece, Croatia and Tunisia to support "
            "small-scale fishing and aquaculture cooperatives along the Mediterranean "
            "coast.</p>"
            "<p>The association leads the project’s training work package. Over the next "
            "three years, COOPSHORE will:</p>"
            "<ul>"
            "<li>develop a training course on cooperative management for fishers, available "
            "in five languages;</li>"
            "<li>run twelve pilot actions with local cooperatives, from shared cold storage to "
            "direct sales platforms;</li>"
            "<li>organise exchange visits for young fishers and for women working in fish "
            "processing;</li>"
            "<li>publish policy recommendations on the role of cooperatives in the management "
            "of coastal resources.</li>"
            "</ul>"
            "<p>“Fishing communities across the Mediterranean face the same problems, "
            "whichever flag flies on their boats,” said Lucía Ferrándiz, who coordinates the "
            "association’s work in the project. “What they often lack is the chance to meet, "
            "compare solutions and speak with one voice.”</p>"
            "<p>Among the Italian pilot sites is Torre Lucerna, where the Haliéus cooperative "
            "will test a shared booking system for its Friday market.</p>"
            "<p>COOPSHORE has a total budget of 1.8 million euros. Updates will be published "
            'on the <a href="https://example.org/projects/coopshore">project page</a>.</p>'
        ),
        "authors": ["matteo-quercia"],
        "categories": ["fisheries"],
        "tags": ["eu-projects", "mediterranean", "partnerships", "small-scale-fishing"],
        "image": {
            "alt": (
                "About twenty people posing for a group photo in front of a modern building by "
                "the sea, some of them holding a project banner"
            ),
            "caption": "Project partners at the kick-off meeting.",
            "credit": "Photo: COOPSHORE project",
            "decorative": False,
            "colour": "#0a9396",
        },
    },
    {
        "key": "women-leaders-8-march-2024",
        "language": "en",
        "translation_of": None,
        "title": "8 March: five women who lead our member cooperatives",
        "published": "2024-03-08 08:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>On International Women’s Day, we asked five women who lead cooperatives in our "
            "network what cooperation means to them, and what still needs to change.</p>"
            "<h3>Giuliana Pardo, president of Società Cooperativa Nuova Terra</h3>"
            "<p>“When I joined the cooperative in 1994, I was the only woman on the tractors. "
            "Today there are eleven of us among the members. The land does not care whether "
            "you are a man or a woman – banks and suppliers, unfortunately, still sometimes "
            "do.”</p>"
            "<h3>Anna Lisi, fisher and board member of Haliéus</h3>"
            "<p>“People are surprised when they see me on the boat at four in the morning. I "
            "would like my daughter to grow up in a world where nobody is surprised.”</p>"
            "<h3>Marisa Lòriga, president of the social cooperative La Spola</h3>"
            "<p>“Our cooperative gives work to people whom others would not hire. Many of them "
            "are women who have left violent relationships. Leading a cooperative, for me, "
            "means making sure that nobody is left at the door.”</p>"
            "<h3>Fatoumata Diallo Serra, vice-president of a home-care cooperative</h3>"
            "<p>“I arrived in Italy as a care worker for an elderly lady. Now I sit on the "
            "board of a cooperative with 140 members. The cooperative recognised my skills "
            "when nobody else did.”</p>"
            "<h3>Chiara Benvenuti, 27, president of the youth cooperative Officina "
            "Ventotto</h3>"
            "<p>“Being young and a woman, I am often mistaken for the intern. I have learned to "
            "smile – and then show them the budget.”</p>"
            "<p>Women now make up 54 per cent of the workforce in our member cooperatives, but "
            "only 29 per cent of board members. The second edition of our "
            '<a href="https://example.org/projects/alongside">mentoring programme</a> for '
            "women in cooperative leadership will open in April.</p>"
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["social-inclusion"],
        "tags": ["women-in-cooperatives"],
        "image": {
            "alt": (
                "Collage of five smiling women photographed at work: in a field, on a boat, "
                "in a laundry, in an office and in a bicycle workshop"
            ),
            "caption": "",
            "credit": "Photos courtesy of the cooperatives",
            "decorative": False,
            "colour": "#c9184a",
        },
    },
    {
        "key": "officina-ventotto-award-2024",
        "language": "en",
        "translation_of": None,
        "title": "Youth cooperative Officina Ventotto wins regional innovation award",
        "published": "2024-04-11 17:00",
        "status": "published",
        "sticky": False,
        "dateline": "Naples",
        "excerpt": "",
        "body": (
            "<p>Officina Ventotto, a cooperative founded in 2020 by seven young people from "
            "the eastern neighbourhoods of Naples, has won this year’s regional award for "
            "social innovation. The cooperative repairs, rebuilds and rents out bicycles, and "
            "runs free workshops where teenagers learn basic mechanics.</p>"
            "<p>The jury praised the cooperative for “combining environmental sustainability, "
            "skills training and a real economic activity in an area with one of the highest "
            "youth unemployment rates in the country”.</p>"
            "<p>In four years, Officina Ventotto has put more than 1\u00a0500 second-hand "
            "bicycles back on the road and trained over 200 young people. Eleven of them now "
            "work in the cooperative, which has grown to 14 members. Its latest project is a "
            "cargo-bike delivery service for local shops, launched last autumn with the "
            "support of the association’s youth fund.</p>"
            "<p>“We started with a garage, three toolboxes and a lot of stubbornness,” said "
            "the cooperative’s president, Chiara Benvenuti, as she collected the award. “This "
            "prize belongs to every kid who walked into our workshop thinking they were no "
            "good with their hands, and walked out with a bike they had built "
            "themselves.”</p>"
            "<p>The prize money, 20\u00a0000 euros, will be used to buy a second cargo bike "
            "and to open a small workshop in a nearby school.</p>"
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["youth"],
        "tags": ["awards", "young-people"],
        "image": {
            "alt": (
                "A young woman holding a bicycle wheel and an award plaque, surrounded by "
                "smiling colleagues in a workshop full of bikes"
            ),
            "caption": "Chiara Benvenuti (centre) and the Officina Ventotto team.",
            "credit": "Photo: Officina Ventotto",
            "decorative": False,
            "colour": "#ff7f51",
        },
    },
    {
        "key": "seminario-palermo-pesca-turismo-2024",
        "language": "it",
        "translation_of": None,
        "title": "A Palermo un seminario su pesca artigianale e turismo responsabile",
        "published": "2024-04-18 18:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Palermo, 18 aprile 2024 – Si è svolto oggi a Palermo il seminario “Il mare che "
            "lavora”, dedicato al rapporto tra pesca artigianale e turismo responsabile. Vi "
            "hanno preso parte una sessantina di persone tra pescatori, operatori turistici, "
            "amministratori locali e ricercatori.</p>"
            "<p>Al centro dell’incontro c’è stato il pescaturismo, cioè la possibilità per i "
            "pescatori professionisti di ospitare a bordo piccoli gruppi di visitatori. Per "
            "molte cooperative del Sud è diventato un’integrazione importante del reddito, "
            "soprattutto nei mesi estivi, quando il pescato cala e i turisti aumentano.</p>"
            "<p>“Il turista che sale sulla nostra barca non compra solo un’escursione: scopre "
            "com’è fatto davvero il nostro lavoro, e spesso diventa un cliente affezionato”, "
            "ha raccontato la socia di una cooperativa di pesca della costa trapanese.</p>"
            "<p>Non sono mancate le preoccupazioni: il rischio di trasformare la pesca in uno "
            "spettacolo, la burocrazia necessaria per ottenere le autorizzazioni, la "
            "concorrenza di chi si improvvisa pescatore senza esserlo. Per questo i "
            "partecipanti hanno proposto di elaborare una carta di qualità del pescaturismo "
            "cooperativo, con regole comuni su sicurezza, sostenibilità e trasparenza.</p>"
            "<p>Il seminario è stato organizzato dall’associazione con la collaborazione delle "
            "cooperative siciliane aderenti. I materiali sono disponibili nella "
            '<a href="https://example.org/it/pesca/palermo-2024">pagina dedicata</a>.</p>'
        ),
        "authors": ["matteo-quercia"],
        "categories": ["fisheries", "events"],
        "tags": ["small-scale-fishing", "mediterranean"],
        "image": {
            "alt": (
                "Un gruppo di turisti con il giubbotto salvagente osserva un pescatore che "
                "salpa una rete da una piccola barca"
            ),
            "caption": "Un’uscita di pescaturismo nel golfo.",
            "credit": "Foto: Lucía Ferrándiz",
            "decorative": False,
            "colour": "#0077b6",
        },
    },
    {
        "key": "general-assembly-2024",
        "language": "en",
        "translation_of": None,
        "title": "General assembly 2024: members back a plan for the climate transition",
        "published": "2024-05-16 19:15",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Rome, 16 May 2024 – The general assembly of the association today approved, "
            "by a very large majority, a climate transition plan that commits the association "
            "and its member cooperatives to halving their greenhouse gas emissions by 2035. "
            "The plan was adopted after six months of consultation involving more than 200 "
            "cooperatives, and was voted on by 335 delegates, with 9 against and 14 "
            "abstentions.</p>"
            "<h2>A plan written from the bottom up</h2>"
            "<p>Unlike many climate strategies, the plan does not start from a single target "
            "imposed from above. It collects the commitments that each sector has discussed "
            "and agreed in its own meetings: farmers, fishers, housing cooperatives, social "
            "cooperatives, and workers’ cooperatives in manufacturing and services.</p>"
            "<p>“We did not want a document to hang on the wall,” said Rosalba Ceccàroli, the "
            "association’s president. “We wanted a plan that a fishing cooperative in the "
            "south and a housing cooperative in the north could both read and say: yes, this "
            "is what we will do, and this is the help we need to do it.”</p>"
            "<h2>What the plan contains</h2>"
            "<p>The plan sets out actions in five areas:</p>"
            "<ol>"
            "<li><strong>Energy</strong> – a target of 60 per cent of electricity from "
            "renewable sources by 2030, including through energy communities shared with local "
            "residents;</li>"
            "<li><strong>Buildings</strong> – a programme of energy retrofits for housing "
            "cooperatives and for the premises of social cooperatives, building on the "
            "experience of Casa dei Tigli in Turin;</li>"
            "<li><strong>Agriculture and fisheries</strong> – support for organic conversion, "
            "water saving and passive fishing gear;</li>"
            "<li><strong>Mobility</strong> – shared electric vehicles for home-care "
            "cooperatives and cargo bikes for urban deliveries;</li>"
            "<li><strong>Finance</strong> – a dedicated climate fund, fed by a voluntary "
            "contribution of 0.5 per cent of members’ surpluses.</li>"
            "</ol>"
            "<p>Every year, the association will publish a report on the progress made, sector "
            "by sector.</p>"
            "<h2>A just transition</h2>"
            "<p>Several delegates insisted that the transition must not be paid for by the "
            "weakest. A representative of a home-care cooperative pointed out that her "
            "colleagues drive thousands of kilometres every month in their own cars to reach "
            "elderly clients in the countryside. “Electric cars are welcome,” she said, “but "
            "someone has to pay for them, and it cannot be workers earning nine euros an "
            "hour.”</p>"
            "<p>In response, the assembly added an amendment committing the climate fund to "
            "give priority to cooperatives with the lowest average wages and to projects in "
            "inland and rural areas.</p>"
            "<h2>Other decisions</h2>"
            "<p>The assembly also approved the 2023 accounts, which closed with a small "
            "surplus, and welcomed 23 new member cooperatives. Delegates paid tribute to "
            "Franco Delmonte, who stepped down as vice-president after eight years, and "
            "elected Giuliana Pardo in his place.</p>"
            "<p>The climate transition plan can be read in full on the "
            '<a href="https://example.org/assembly/2024">assembly page</a>.</p>'
        ),
        "authors": ["ilaria-fenu", "lucia-ferrandiz"],
        "categories": ["cooperatives", "events"],
        "tags": ["general-assembly", "climate"],
        "image": {
            "alt": (
                "A delegate speaking at a lectern on a stage, with a large screen behind her "
                "showing a graph of falling emissions"
            ),
            "caption": "The debate on the climate transition plan.",
            "credit": "Photo: association archive",
            "decorative": False,
            "colour": "#2d6a4f",
        },
    },
    {
        "key": "board-members-course-2024",
        "language": "en",
        "translation_of": None,
        "title": "New training course for cooperative board members",
        "published": "2024-06-05 10:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Sitting on the board of a cooperative is a responsibility that many members "
            "take on without any preparation. To help them, the association is launching a new "
            "course, “On Board”, made up of six evening sessions online and one Saturday in "
            "person.</p>"
            "<p>The course covers:</p>"
            "<ul>"
            "<li>the duties and liabilities of board members;</li>"
            "<li>how to read a balance sheet and a budget;</li>"
            "<li>how to run a meeting and take decisions fairly;</li>"
            "<li>how to manage conflicts of interest;</li>"
            "<li>the relationship between the board, the managers and the assembly.</li>"
            "</ul>"
            "<p>The first edition starts on 17 September. The course is free for members of "
            "our member cooperatives. "
            '<a href="https://example.org/training/on-board">Register here</a>.</p>'
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["cooperatives"],
        "tags": ["training"],
        "image": {
            "alt": (
                "A laptop screen showing a video call with a dozen participants, next to a "
                "printed balance sheet annotated in pencil"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#6d597a",
        },
    },
    {
        "key": "statement-heatwave-farm-workers-2024",
        "language": "en",
        "translation_of": None,
        "title": "Statement on the heatwave and the protection of farm workers",
        "published": "2024-07-08 13:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Rome, 8 July 2024 – The association expresses its grief at the death of a farm "
            "worker in the countryside of southern Italy last Friday, during a day of extreme "
            "heat, and its closeness to his family and colleagues. No one should die at work, "
            "and no one should be forced to choose between their health and their wages.</p>"
            "<p>Our agricultural cooperatives have already adopted measures to protect workers "
            "during heatwaves: stopping work in the fields between 12.30 and 16.00 when "
            "temperatures exceed 35 degrees, starting earlier in the morning, providing water, "
            "shade and rest breaks, and training team leaders to recognise the signs of "
            "heatstroke. These measures have a cost, but it is a cost that cooperatives have "
            "chosen to bear.</p>"
            "<p>“The protection of workers cannot depend on the goodwill of individual "
            "employers,” said the association’s president, Rosalba Ceccàroli. “It must be a "
            "clear and binding rule for everyone, with adequate support for the enterprises "
            "that apply it – and serious checks on those that do not.”</p>"
            "<p>The association calls on the government and the regions to:</p>"
            "<ul>"
            "<li>make the stop to outdoor work during the hottest hours mandatory whenever "
            "heat alerts are in force;</li>"
            "<li>extend the short-time work scheme to cover the hours lost because of extreme "
            "heat;</li>"
            "<li>strengthen labour inspections in agriculture, particularly against illegal "
            "gangmastering.</li>"
            "</ul>"
            "<p>Extreme heat is no longer an emergency: it is the new normal of our summers. "
            "Our rules must change accordingly.</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["statements", "agriculture"],
        "tags": ["climate"],
        "image": {
            "alt": (
                "Farm workers resting in the shade of a large tree at the edge of a sunlit "
                "tomato field"
            ),
            "caption": "",
            "credit": "Photo: association archive",
            "decorative": False,
            "colour": "#d62828",
        },
    },
    {
        "key": "statement-heatwave-farm-workers-2024-it",
        "language": "it",
        "translation_of": "statement-heatwave-farm-workers-2024",
        "title": "Dichiarazione sull’ondata di calore e sulla tutela dei lavoratori agricoli",
        "published": "2024-07-08 14:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Roma, 8 luglio 2024 – L’associazione esprime il proprio cordoglio per la morte "
            "di un bracciante agricolo, avvenuta venerdì scorso nelle campagne del Sud Italia "
            "durante una giornata di caldo estremo, e la propria vicinanza alla sua famiglia e "
            "ai suoi compagni di lavoro. Nessuno dovrebbe morire sul lavoro, e nessuno "
            "dovrebbe essere costretto a scegliere tra la propria salute e il proprio "
            "salario.</p>"
            "<p>Le nostre cooperative agricole hanno già adottato misure per proteggere i "
            "lavoratori durante le ondate di calore: sospensione del lavoro nei campi tra le "
            "12.30 e le 16.00 quando le temperature superano i 35 gradi, inizio anticipato al "
            "mattino, acqua, ombra e pause di riposo, formazione dei capisquadra per "
            "riconoscere i sintomi del colpo di calore. Sono misure che hanno un costo, ma è "
            "un costo che le cooperative hanno scelto di sostenere.</p>"
            "<p>“La tutela dei lavoratori non può dipendere dalla buona volontà dei singoli "
            "datori di lavoro”, ha dichiarato la presidente dell’associazione, Rosalba "
            "Ceccàroli. “Deve essere una regola chiara e vincolante per tutti, con un sostegno "
            "adeguato alle imprese che la applicano e controlli seri su quelle che non lo "
            "fanno.”</p>"
            "<p>L’associazione chiede al governo e alle regioni di:</p>"
            "<ul>"
            "<li>rendere obbligatoria la sospensione del lavoro all’aperto nelle ore più calde "
            "ogni volta che è in vigore l’allerta per il caldo;</li>"
            "<li>estendere la cassa integrazione alle ore perse a causa del caldo "
            "estremo;</li>"
            "<li>rafforzare i controlli sul lavoro in agricoltura, in particolare contro il "
            "caporalato.</li>"
            "</ul>"
            "<p>Il caldo estremo non è più un’emergenza: è la nuova normalità delle nostre "
            "estati. Le nostre regole devono cambiare di conseguenza.</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["statements", "agriculture"],
        "tags": ["climate"],
        "image": {
            "alt": (
                "Braccianti che riposano all’ombra di un grande albero ai margini di un campo "
                "di pomodori assolato"
            ),
            "caption": "",
            "credit": "Foto: archivio dell’associazione",
            "decorative": False,
            "colour": "#d62828",
        },
    },
    {
        "key": "halieus-nuova-terra-agreement-2024",
        "language": "en",
        "translation_of": None,
        "title": "Haliéus and Nuova Terra team up for a shorter supply chain",
        "published": "2024-07-30 11:00",
        "status": "published",
        "sticky": False,
        "dateline": "Torre Lucerna",
        "excerpt": "",
        "body": (
            "<p>The fishing cooperative Haliéus and the farming cooperative Società "
            "Cooperativa Nuova Terra have signed an agreement to sell each other’s products "
            "and to supply school canteens in six municipalities together, starting from the "
            "new school year.</p>"
            "<p>Under the agreement, the Friday fish market that Haliéus runs on the harbour "
            "front will host a stall with Nuova Terra’s vegetables, olive oil and pasta, while "
            "the farm shop in Montefioralbo will sell fresh fish from Torre Lucerna on "
            "Thursdays, with orders collected in advance. The two cooperatives will also "
            "present a joint offer to local authorities for school meals, combining fish "
            "caught with passive gear and organic vegetables from the cooperative’s "
            "fields.</p>"
            "<p>“Our customers kept asking us where they could find good vegetables, and Nuova "
            "Terra’s customers kept asking about fish,” says Nicola Scarano, president of "
            "Haliéus. “It seemed silly not to talk to each other.”</p>"
            "<p>For Giuliana Pardo, president of Nuova Terra, the agreement is also about "
            "values: “We work in the same way – the members decide, the profits stay in the "
            "area and nothing is wasted. Between cooperatives, trust comes first.”</p>"
            "<p>The association facilitated the agreement as part of its work on short supply "
            "chains, which has so far involved 27 member cooperatives. Other cooperatives "
            "interested in similar partnerships can contact our "
            '<a href="https://example.org/agriculture">agriculture and fisheries team</a>.</p>'
        ),
        "authors": ["matteo-quercia"],
        "categories": ["fisheries", "agriculture"],
        "tags": ["small-scale-fishing", "organic-farming", "partnerships"],
        "image": {
            "alt": (
                "A market stall on a harbour front with crates of fresh fish next to baskets "
                "of aubergines, peppers and tomatoes"
            ),
            "caption": "The joint stall at the Friday market in Torre Lucerna.",
            "credit": "Photo: Haliéus cooperative",
            "decorative": False,
            "colour": "#457b9d",
        },
    },
    {
        "key": "halieus-nuova-terra-agreement-2024-it",
        "language": "it",
        "translation_of": "halieus-nuova-terra-agreement-2024",
        "title": "Haliéus e Nuova Terra insieme per una filiera più corta",
        "published": "2024-07-30 11:30",
        "status": "published",
        "sticky": False,
        "dateline": "Torre Lucerna",
        "excerpt": "",
        "body": (
            "<p>La cooperativa di pesca Haliéus e la cooperativa agricola Società Cooperativa "
            "Nuova Terra hanno firmato un accordo per vendere l’una i prodotti dell’altra e "
            "per rifornire insieme le mense scolastiche di sei comuni, a partire dal nuovo "
            "anno scolastico.</p>"
            "<p>In base all’accordo, il mercato del pesce che Haliéus organizza ogni venerdì "
            "sul porto ospiterà un banco con le verdure, l’olio e la pasta di Nuova Terra, "
            "mentre lo spaccio aziendale di Montefioralbo venderà il giovedì pesce fresco di "
            "Torre Lucerna, su prenotazione. Le due cooperative presenteranno inoltre agli "
            "enti locali un’offerta congiunta per la refezione scolastica, che unisce pesce "
            "catturato con attrezzi passivi e verdure biologiche coltivate nei campi della "
            "cooperativa.</p>"
            "<p>“I nostri clienti continuavano a chiederci dove trovare della buona verdura, e "
            "i clienti di Nuova Terra chiedevano del pesce”, racconta Nicola Scarano, "
            "presidente di Haliéus. “Sarebbe stato sciocco non parlarci.”</p>"
            "<p>Per Giuliana Pardo, presidente di Nuova Terra, l’accordo è anche una questione "
            "di valori: “Lavoriamo allo stesso modo: decidono i soci, gli utili restano sul "
            "territorio e non si spreca niente. Tra cooperative, la fiducia viene prima di "
            "tutto.”</p>"
            "<p>L’associazione ha favorito l’accordo nell’ambito del suo lavoro sulle filiere "
            "corte, che finora ha coinvolto 27 cooperative associate. Le cooperative "
            "interessate a collaborazioni simili possono contattare il nostro "
            '<a href="https://example.org/it/agricoltura">gruppo di lavoro su agricoltura e '
            "pesca</a>.</p>"
        ),
        "authors": ["matteo-quercia"],
        "categories": ["fisheries", "agriculture"],
        "tags": ["small-scale-fishing", "organic-farming", "partnerships"],
        "image": {
            "alt": (
                "Un banco del mercato sul porto con cassette di pesce fresco accanto a ceste "
                "di melanzane, peperoni e pomodori"
            ),
            "caption": "Il banco comune al mercato del venerdì a Torre Lucerna.",
            "credit": "Foto: cooperativa Haliéus",
            "decorative": False,
            "colour": "#457b9d",
        },
    },
    {
        "key": "annual-report-2023",
        "language": "en",
        "translation_of": None,
        "title": "Annual report 2023: our network passes 10\u00a0000 worker-members",
        "published": "2024-09-12 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>For the first time, the cooperatives in our network have more than "
            "10\u00a0000 worker-members, according to the annual report for 2023 published "
            "today. Including employees who are not members, the total workforce of our member "
            "cooperatives reached 14\u00a0320 people, an increase of 4 per cent on the "
            "previous year.</p>"
            "<p>The report also shows that:</p>"
            "<ul>"
            "<li>the number of member cooperatives rose to 431, with 23 new members and 4 "
            "cooperatives that closed or merged;</li>"
            "<li>the combined turnover of member cooperatives was 1.2 billion euros;</li>"
            "<li>58 per cent of worker-members are women, and 17 per cent are under 35;</li>"
            "<li>indivisible reserves grew by 38 million euros, reinvested in the "
            "cooperatives’ activities.</li>"
            "</ul>"
            "<p>“These figures tell a story of resilience,” said José Almeida Rocha, who "
            "coordinated the report. “But behind every number there are people: the fisher who "
            "can still make a living from the sea, the young woman who found her first stable "
            "job in a social cooperative, the family that pays a fair rent in a housing "
            "cooperative.”</p>"
            "<p>The report also highlights some difficulties. Social cooperatives providing "
            "public services continue to suffer from late payments by local authorities, with "
            "an average delay of 140 days. Agricultural cooperatives saw their margins "
            "squeezed by drought and rising costs.</p>"
            "<p>The full report, with sector-by-sector data and the association’s accounts, "
            "can be downloaded from our "
            '<a href="https://example.org/reports/2023">reports page</a>.</p>'
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": ["annual-report"],
        "image": {
            "alt": (
                "An open printed report on a desk, showing a bar chart and photographs of "
                "cooperative workers"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#264653",
        },
    },
    {
        "key": "annual-report-2023-it",
        "language": "it",
        "translation_of": "annual-report-2023",
        "title": "Rapporto annuale 2023: la nostra rete supera i 10\u00a0000 soci lavoratori",
        "published": "2024-09-12 10:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Per la prima volta le cooperative della nostra rete contano più di "
            "10\u00a0000 soci lavoratori: è quanto emerge dal rapporto annuale 2023, "
            "pubblicato oggi. Considerando anche i dipendenti non soci, gli occupati delle "
            "cooperative associate sono 14\u00a0320, il 4 per cento in più rispetto all’anno "
            "precedente.</p>"
            "<p>Dal rapporto emerge inoltre che:</p>"
            "<ul>"
            "<li>le cooperative associate sono salite a 431, con 23 nuove adesioni e 4 "
            "cooperative che hanno chiuso o si sono fuse;</li>"
            "<li>il fatturato complessivo delle cooperative associate è stato di 1,2 miliardi "
            "di euro;</li>"
            "<li>le donne sono il 58 per cento dei soci lavoratori, e il 17 per cento dei soci "
            "ha meno di 35 anni;</li>"
            "<li>le riserve indivisibili sono cresciute di 38 milioni di euro, reinvestiti "
            "nelle attività delle cooperative.</li>"
            "</ul>"
            "<p>“Questi numeri raccontano una storia di resilienza”, ha dichiarato José "
            "Almeida Rocha, che ha coordinato il rapporto. “Ma dietro ogni numero ci sono "
            "persone: il pescatore che riesce ancora a vivere del mare, la giovane donna che "
            "ha trovato il primo lavoro stabile in una cooperativa sociale, la famiglia che "
            "paga un affitto giusto in una cooperativa di abitanti.”</p>"
            "<p>Il rapporto evidenzia anche alcune difficoltà. Le cooperative sociali che "
            "gestiscono servizi pubblici continuano a subire i ritardi nei pagamenti degli "
            "enti locali, con un’attesa media di 140 giorni. Le cooperative agricole hanno "
            "visto ridursi i margini a causa della siccità e dell’aumento dei costi.</p>"
            "<p>Il rapporto completo, con i dati per settore e il bilancio dell’associazione, "
            "si può scaricare dalla nostra "
            '<a href="https://example.org/it/rapporti/2023">pagina dei rapporti</a>.</p>'
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": ["annual-report"],
        "image": {
            "alt": (
                "Un rapporto stampato aperto su una scrivania, con un grafico a barre e "
                "fotografie di lavoratrici e lavoratori delle cooperative"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#264653",
        },
    },
    {
        "key": "untitled-la-spola-visit-2024",
        "language": "en",
        "translation_of": None,
        "title": "",
        "published": "2024-10-03 17:45",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Cagliari, 3 October 2024 – A quick update from the road: today our team "
            "visited the social cooperative La Spola, which is getting ready to open its new "
            "industrial laundry next month. The machines have arrived, the first twelve "
            "workers have finished their training and the smell of fresh paint is everywhere. "
            "A full report will follow at the opening.</p>"
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["social-inclusion"],
        "tags": [],
        "image": {
            "alt": (
                "Rows of new industrial washing machines still wrapped in plastic in a freshly "
                "painted white room"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#8ecae6",
        },
    },
    {
        "key": "officina-ventotto-ciclofficina-scuola-2024",
        "language": "it",
        "translation_of": None,
        "title": "Officina Ventotto apre una ciclofficina nella scuola media del quartiere",
        "published": "2024-10-15 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "Napoli",
        "excerpt": "",
        "body": (
            "<p>Con il premio regionale per l’innovazione sociale vinto in primavera, la "
            "cooperativa giovanile Officina Ventotto ha aperto una ciclofficina all’interno di "
            "una scuola media della periferia orientale di Napoli. Lo spazio, ricavato in un "
            "ex magazzino ristrutturato dagli stessi soci, è aperto due pomeriggi a "
            "settimana.</p>"
            "<p>Ragazze e ragazzi tra gli 11 e i 14 anni possono imparare a riparare una "
            "camera d’aria, regolare i freni, cambiare una catena e, alla fine del percorso, "
            "montare da zero una bicicletta con pezzi di recupero, che potranno tenere.</p>"
            "<p>“Molti di loro non hanno mai avuto una bici tutta loro”, racconta la "
            "presidente della cooperativa, Chiara Benvenuti. “Quando la costruiscono con le "
            "proprie mani, cambia qualcosa: capiscono di essere capaci, e che la città si può "
            "attraversare senza dipendere da nessuno.”</p>"
            "<p>Il progetto coinvolge anche gli insegnanti di tecnologia e di scienze, che "
            "usano la ciclofficina per lezioni di meccanica e di educazione ambientale. La "
            "cooperativa spera di portare l’esperienza in altre due scuole entro il prossimo "
            "anno, perché le richieste delle famiglie sono già più dei posti disponibili.</p>"
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["youth"],
        "tags": ["young-people"],
        "image": {
            "alt": (
                "Due ragazzini con le mani sporche di grasso sistemano la catena di una "
                "bicicletta capovolta, aiutati da una giovane istruttrice"
            ),
            "caption": "",
            "credit": "Foto: Officina Ventotto",
            "decorative": False,
            "colour": "#fb8500",
        },
    },
    {
        "key": "la-spola-laundry-2024",
        "language": "en",
        "translation_of": None,
        "title": "La Spola opens a laundry that gives a second chance to people leaving prison",
        "published": "2024-11-07 12:00",
        "status": "published",
        "sticky": False,
        "dateline": "Cagliari",
        "excerpt": (
            "The social cooperative’s new industrial laundry will employ 20 people, most of "
            "them women and men who have served prison sentences or are completing them on day "
            "release."
        ),
        "body": (
            "<p>The social cooperative La Spola has opened its new industrial laundry on the "
            "outskirts of Cagliari. The facility washes and irons linen for hotels, "
            "restaurants, care homes and a local hospital, and will employ 20 people by the "
            "end of the year. Most of them are women and men who have served prison "
            "sentences, or who are completing them on day release.</p>"
            "<h2>From a sewing workshop to an industrial laundry</h2>"
            "<p>La Spola – the name means “the shuttle”, the tool that carries the thread "
            "across a loom – was founded in 2009 by a group of volunteers who ran a sewing "
            "workshop inside the local prison. Over the years, the workshop became a "
            "cooperative, and the cooperative began to employ former inmates once they had "
            "served their sentences, first in tailoring and then in cleaning services.</p>"
            "<p>“We saw the same thing happen again and again,” says Marisa Lòriga, the "
            "cooperative’s president. “People would leave prison with a trade and the best "
            "intentions, and then find every door closed because of their record. A job is "
            "the single most important thing that keeps someone from going back inside. So we "
            "decided to create the jobs ourselves.”</p>"
            "<p>The laundry required an investment of 1.4 million euros, financed through a "
            "social impact loan, a contribution from a banking foundation, the cooperative’s "
            "reserves and a crowdfunding campaign that raised 86\u00a0000 euros from more than "
            "1\u00a0200 donors. Its machines use 40 per cent less water and energy than "
            "traditional models, and the roof is covered with solar panels.</p>"
            "<h2>Work, training and support</h2>"
            "<p>Each new worker follows a three-month training path, combining technical "
            "skills – operating the machines, handling different fabrics, hygiene standards "
            "for healthcare linen – with support from a social worker and, when needed, a "
            "psychologist. Under Italian law, at least 30 per cent of the workers of a social "
            "cooperative of this type must belong to disadvantaged groups; at La Spola the "
            "share is close to 70 per cent.</p>"
            "<p>Roberto, 46, spent eleven years in prison and has worked at the cooperative "
            "for three. “On the first day, I did not know where to put my hands,” he says. "
            "“Now I train the new ones. When my daughter asks what I do, I can tell her. That "
            "is worth more than the salary.”</p>"
            "<p>After a period at La Spola, many workers move on to jobs in other companies. "
            "In the past five years, 64 people have gone through the cooperative’s "
            "programmes; fewer than one in ten has returned to prison, a small fraction of "
            "the national reoffending rate.</p>"
            "<h2>A network behind the project</h2>"
            "<p>The opening ceremony was attended by the director of the prison, local "
            "administrators, clients and many of the donors who had supported the "
            "crowdfunding. The association helped La Spola prepare its business plan and its "
            "application for the social impact loan.</p>"
            "<p>“Projects like this show what social cooperatives are for,” said Ngozi "
            "Adébáyọ̀, who follows social inclusion at the association. “They do not simply "
            "provide a service: they change who gets to take part in the economy.”</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["social-inclusion"],
        "tags": ["work-integration"],
        "image": {
            "alt": (
                "A woman in a white work coat folding a stack of ironed sheets beside a large "
                "industrial ironing machine"
            ),
            "caption": "At work in the new laundry of La Spola.",
            "credit": "Photo: La Spola social cooperative",
            "decorative": False,
            "colour": "#90be6d",
        },
    },
    {
        "key": "joint-statement-fair-prices-2024",
        "language": "en",
        "translation_of": None,
        "title": "Joint statement with Acacia & Olive Network on fair prices for small producers",
        "published": "2024-11-19 09:00",
        "status": "published",
        "sticky": False,
        "dateline": "Rome",
        "excerpt": "",
        "body": (
            "<p>On the eve of the ministerial conference on food systems, the association and "
            "Acacia &amp; Olive Network have issued a joint statement calling for fair prices "
            "for small farmers and fishers, in Europe and in Africa alike.</p>"
            "<p>The two organisations point out that small producers on both shores of the "
            "Mediterranean are squeezed between rising production costs and prices imposed by "
            "a handful of large buyers. In many cases, the price paid to farmers does not even "
            "cover the cost of production, while the retail price of the same products keeps "
            "rising.</p>"
            "<blockquote><p>“A cooperative of tomato growers in southern Italy and a "
            "cooperative of onion growers in Senegal have more in common than anyone would "
            "think. Both are told that the market sets the price. Both know that the market is "
            "someone else.”</p></blockquote>"
            "<p>The statement asks governments and the European Union to:</p>"
            "<ul>"
            "<li>ban sales below the cost of production along the entire food chain;</li>"
            "<li>require large retailers to publish the share of the final price that reaches "
            "producers;</li>"
            "<li>support producers’ cooperatives and organisations, which allow small farmers "
            "and fishers to negotiate on equal terms;</li>"
            "<li>include binding fair-price clauses in trade agreements with African "
            "countries.</li>"
            "</ul>"
            "<p>The statement has been endorsed by 64 cooperatives and 12 NGOs. It will be "
            "presented at a public meeting at the association’s headquarters in Rome on "
            "26&nbsp;November at 17.30. Entry is free; please "
            '<a href="https://example.org/events/fair-prices?lang=en&amp;ref=news">register '
            "online</a>.</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["statements"],
        "tags": ["partnerships", "mediterranean"],
        "image": {
            "alt": (
                "Onions drying in woven baskets in a cooperative warehouse, beside crates of "
                "red tomatoes"
            ),
            "caption": "",
            "credit": "Photo: Acacia & Olive Network",
            "decorative": False,
            "colour": "#ee9b00",
        },
    },
    {
        "key": "holiday-opening-hours-2024",
        "language": "en",
        "translation_of": None,
        "title": "Opening hours over the holidays",
        "published": "2024-12-18 16:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Our offices will be closed from 24 December to 6 January. The legal and tax "
            "helpdesk for member cooperatives will remain available by appointment on 30 "
            "December and 2 January. Happy holidays to everyone!</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": [],
        "image": None,
    },
    {
        "key": "sportello-fiscale-orari-2025",
        "language": "it",
        "translation_of": None,
        "title": "Sportello fiscale: nuovi orari dal 1° febbraio",
        "published": "2025-01-14 15:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Dal 1° febbraio lo sportello fiscale per le cooperative associate sarà aperto "
            "il martedì e il giovedì, dalle 9.30 alle 13.00, anche in videochiamata. È "
            "necessario prenotare l’appuntamento dalla "
            '<a href="https://example.org/it/servizi/sportello">pagina dei servizi</a>.</p>'
        ),
        "authors": ["jose-almeida-rocha"],
        "categories": ["cooperatives"],
        "tags": [],
        "image": None,
    },
    {
        "key": "new-housing-members-2025",
        "language": "en",
        "translation_of": None,
        "title": "Three new housing cooperatives join the network",
        "published": "2025-01-28 11:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Three housing cooperatives have joined the association this month, bringing "
            "the number of housing cooperatives in our network to 38. Two of them are brand "
            "new; the third is more than a century old.</p>"
            "<ul>"
            "<li><strong>Cortile Verde</strong>, in Bologna, brings together 22 households – "
            "families, older people living alone and two student flatshares – who are "
            "building a co-housing project with a shared laundry, workshop and garden in a "
            "former school building.</li>"
            "<li><strong>Abitare Insieme Levante</strong>, in Genoa, was founded by a group of "
            "young workers who could not afford to rent in the city centre. It plans to "
            "renovate an empty building owned by the municipality, under a 50-year "
            "lease.</li>"
            "<li><strong>Cooperativa Edificatrice La Fornace</strong>, in a small town near "
            "Milan, was founded in 1911 and still manages 140 homes let at below-market rents "
            "to its members.</li>"
            "</ul>"
            "<p>“We did not just want to find a flat – we wanted to choose our neighbours and "
            "share something with them,” says Valentina Orsi, one of the founding members of "
            "Cortile Verde. “The cooperative is the legal form that fits that idea best.”</p>"
            "<p>The new members will be supported by the association’s housing team in their "
            "dealings with local authorities, banks and builders. On 20 February, the team "
            "will hold an online meeting open to anyone interested in starting a housing "
            'cooperative; <a href="https://example.org/housing/start">sign up here</a>.</p>'
        ),
        "authors": ["jose-almeida-rocha"],
        "categories": ["housing"],
        "tags": ["new-members", "housing-rights"],
        "image": {
            "alt": (
                "Adults and children planting vegetables in raised beds in the courtyard of "
                "an old brick school building"
            ),
            "caption": "Members of Cortile Verde in their future shared garden.",
            "credit": "",
            "decorative": False,
            "colour": "#52b788",
        },
    },
    {
        "key": "cooperative-futures-forum-announcement-2025",
        "language": "en",
        "translation_of": None,
        "title": "Save the date: the Cooperative Futures Forum, 20–21 March in Rome",
        "published": "2025-02-25 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>On 20 and 21 March, the association will host the first edition of the "
            "Cooperative Futures Forum: two days of debates, workshops and visits on the "
            "future of cooperation in Italy and around the Mediterranean. The forum will take "
            "place in a former tram depot in the east of Rome, now run by a cultural "
            "cooperative.</p>"
            "<p>The programme includes:</p>"
            "<ul>"
            "<li>an opening debate on “Cooperatives and democracy in an age of crises”;</li>"
            "<li>twelve workshops on topics ranging from energy communities to artificial "
            "intelligence in the workplace;</li>"
            "<li>a “marketplace” of cooperative products and services;</li>"
            "<li>study visits to member cooperatives in the city.</li>"
            "</ul>"
            "<p>Among the guests are cooperators from eleven countries, representatives of "
            "partner NGOs such as Acacia &amp; Olive Network, researchers and young people "
            "from the association’s summer schools.</p>"
            "<p>Participation is free, but registration is required. "
            '<a href="https://example.org/forum-2025">See the full programme and '
            "register</a>.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["events"],
        "tags": ["partnerships", "young-people"],
        "image": {
            "alt": (
                "The interior of a large former tram depot with high iron beams, set up with "
                "rows of chairs facing a small stage"
            ),
            "caption": "The venue of the Forum.",
            "credit": "Photo: association archive",
            "decorative": False,
            "colour": "#7209b7",
        },
    },
    {
        "key": "cooperative-futures-forum-report-2025",
        "language": "en",
        "translation_of": None,
        "title": "What we heard at the Cooperative Futures Forum",
        "published": "2025-03-27 15:00",
        "status": "published",
        "sticky": False,
        "dateline": "Rome",
        "excerpt": (
            "Two days, 900 participants, twelve workshops and one shared conclusion: "
            "cooperatives are needed more than ever, but they must be braver in telling their "
            "story and in opening their doors to the young."
        ),
        "body": (
            "<p>More than 900 people took part in the first Cooperative Futures Forum, held in "
            "Rome on 20 and 21 March. For two days, the old tram depot in the east of the city "
            "was filled with fishers and farmers, care workers and printers, housing "
            "cooperators and software developers, researchers and students, in a debate that "
            "was at times passionate, often funny and always concrete. Here are some of the "
            "ideas we took home.</p>"
            "<h2>1. Democracy is a skill, not a given</h2>"
            "<p>The opening debate focused on the relationship between cooperatives and "
            "democracy. Several speakers noted that, at a time when trust in institutions is "
            "low, cooperatives remain one of the few places where ordinary people regularly "
            "vote, discuss budgets and elect their representatives. But they also warned "
            "against complacency. “One member, one vote is a principle, not a guarantee,” said "
            "a researcher who has studied participation in large cooperatives. “If members do "
            "not come to the assemblies, if information is not shared, democracy becomes a "
            "formality.”</p>"
            "<h2>2. Young people want in – on their own terms</h2>"
            "<p>The workshop on generational renewal was the most crowded of the forum. Young "
            "participants said they are attracted by the values of cooperation, but often put "
            "off by long meetings, rigid hierarchies and a language they do not recognise. "
            "They asked for more flexible forms of participation, mentoring by older members "
            "and real responsibilities early on. “Do not invite us to speak at the end of the "
            "conference,” said one of them, to loud applause. “Invite us to the board.”</p>"
            "<h2>3. Technology can serve cooperation</h2>"
            "<p>In the workshop on artificial intelligence, members of a software cooperative "
            "and a translators’ cooperative discussed how new technologies are changing their "
            "work. The conclusion was cautiously optimistic: tools that automate repetitive "
            "tasks can free up time, provided that workers decide together how they are used "
            "and share the benefits. Platform cooperatives, owned by the drivers, riders or "
            "care workers who use them, were presented as a concrete alternative to platforms "
            "that extract value from workers.</p>"
            "<h2>4. Energy is becoming a common good</h2>"
            "<p>Energy communities – groups of citizens, businesses and local authorities that "
            "produce and share renewable energy – were one of the recurring themes. Housing "
            "cooperatives, agricultural cooperatives and social cooperatives all presented "
            "projects already under way, and the association announced a support desk to "
            "help members set up new ones.</p>"
            "<h2>5. We need to tell our story better</h2>"
            "<p>Finally, many participants agreed that cooperatives are still poorly known, "
            "especially among young people and in the media. The forum closed with a "
            "commitment to a joint communication campaign in 2026, built on the real stories "
            "of cooperative members.</p>"
            "<p>Recordings of the plenary sessions and the workshop materials are available on "
            'the <a href="https://example.org/forum-2025/materials">forum page</a>. The second '
            "edition will take place in spring 2027.</p>"
        ),
        "authors": ["lucia-ferrandiz", "ngozi-adebayo"],
        "categories": ["events"],
        "tags": ["young-people", "climate", "partnerships"],
        "image": {
            "alt": (
                "A packed audience in a former industrial hall, with a young man in the front "
                "row raising his hand to ask a question"
            ),
            "caption": "The opening debate of the Forum.",
            "credit": "Photo: Giorgio Pellè",
            "decorative": False,
            "colour": "#3a0ca3",
        },
    },
    {
        "key": "general-assembly-2025",
        "language": "en",
        "translation_of": None,
        "title": "General assembly 2025 elects Ettore Mbaye Salvadori as president",
        "published": "2025-05-15 18:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Rome, 15 May 2025 – The general assembly of the association today elected "
            "Ettore Mbaye Salvadori as its new president. He succeeds Rosalba Ceccàroli, who "
            "led the association for eight years and did not stand for re-election.</p>"
            "<p>Mbaye Salvadori, 49, was born in Dakar and grew up in Genoa. He began his "
            "working life as a porter in a logistics cooperative, became its president at 34 "
            "and has since led the association’s work on labour rights in the cooperative "
            "sector. He was elected with 81 per cent of the votes cast.</p>"
            "<p>In his first speech as president, he thanked his predecessor and set out three "
            "commitments: to make the association “more present in the territories and less "
            "in the conference rooms”, to bring more young people and more people with a "
            "migrant background into leadership roles, and to defend the reputation of "
            "cooperation against false cooperatives that exploit workers. “Every time a "
            "so-called cooperative pays three euros an hour, it steals something from all of "
            "us,” he said. “We will be the first to denounce them.”</p>"
            "<p>Rosalba Ceccàroli received a long standing ovation. In her farewell speech, "
            "she recalled the difficult years of the pandemic and the energy crisis, and "
            "thanked the staff and the member cooperatives “for never losing their sense of "
            "humour, even at the worst moments”.</p>"
            "<p>The assembly also approved the 2024 accounts and the first progress report on "
            "the climate transition plan, which shows that member cooperatives have already "
            "reduced their emissions by 9 per cent compared with 2022.</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["cooperatives", "events"],
        "tags": ["general-assembly"],
        "image": {
            "alt": (
                "A man in a grey jacket embracing an older woman on a stage as delegates "
                "applaud in the background"
            ),
            "caption": "Ettore Mbaye Salvadori and Rosalba Ceccàroli at the end of the vote.",
            "credit": "Photo: association archive",
            "decorative": False,
            "colour": "#4361ee",
        },
    },
    {
        "key": "statement-small-scale-fisheries-rules-2025",
        "language": "en",
        "translation_of": None,
        "title": "Statement on the new European rules for small-scale fisheries",
        "published": "2025-06-19 12:30",
        "status": "published",
        "sticky": False,
        "dateline": "Brussels",
        "excerpt": "",
        "body": (
            "<p>The association welcomes the agreement reached by the European institutions "
            "on new rules for the control of fishing activities, which for the first time take "
            "into account the specific situation of small-scale fishers. Boats under 12 "
            "metres will benefit from simplified reporting obligations and longer transition "
            "periods for the installation of tracking systems.</p>"
            "<p>This is a result that our fishing cooperatives have called for since the Bari "
            "conference in 2023, and we thank all the members who took part in the "
            "consultations. However, the association regrets that the rules still do not "
            "reserve a share of fishing opportunities for small-scale and low-impact fleets, "
            "which make up most of the boats in the Mediterranean but receive a small fraction "
            "of the quotas.</p>"
            "<p>“Cooperatives like ours have chosen to fish less and better,” said Nicola "
            "Scarano, president of the Haliéus fishing cooperative and coordinator of the "
            "association’s fisheries group. “We are asking Europe to reward that choice, not "
            "to treat us like the big industrial fleets.”</p>"
            "<p>The association will continue to work with its European partners, including "
            "those in the COOPSHORE project, to ensure that the new rules do not place "
            "disproportionate burdens on small cooperatives.</p>"
        ),
        "authors": ["matteo-quercia"],
        "categories": ["statements", "fisheries"],
        "tags": ["small-scale-fishing", "eu-projects"],
        "image": {
            "alt": (
                "An elderly fisher mending a yellow net on a quay, with small wooden boats "
                "moored behind him"
            ),
            "caption": "",
            "credit": "Photo: Matteo Quercia",
            "decorative": False,
            "colour": "#023e8a",
        },
    },
    {
        "key": "youth-exchange-senegal-2025",
        "language": "en",
        "translation_of": None,
        "title": "Twenty young cooperators from Italy and Senegal spend two weeks together",
        "published": "2025-09-09 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "Saint-Louis",
        "excerpt": "",
        "body": (
            "<p>Ten young members of Italian cooperatives and ten young members of Senegalese "
            "fishing and farming cooperatives have just returned from a two-week exchange, "
            "organised by the association and Acacia &amp; Olive Network with the support of "
            "the association’s youth fund.</p>"
            "<p>The group spent the first week in Senegal, where they visited a women’s "
            "cooperative that smokes and dries fish, a rice growers’ union and a cooperative "
            "savings scheme. The second week was spent in Italy, with stops at Haliéus in "
            "Torre Lucerna, Nuova Terra in Montefioralbo and Officina Ventotto in Naples.</p>"
            "<p>“I thought I was going to teach them how a cooperative works,” laughs Davide "
            "Curcio, 24, a member of a fishing cooperative in Calabria. “Instead I learned how "
            "to run a savings group where everyone knows exactly where every franc goes. We "
            "should do that at home.”</p>"
            "<p>For Awa Sarr, 26, a member of the fish-processing cooperative, the most "
            "striking thing was the Friday market in Torre Lucerna. “The fishers sell directly "
            "to people, and they explain everything. That is something we want to try "
            "too.”</p>"
            "<p>The participants will now work in pairs on small joint projects, which they "
            "will present at the end of the year. A photo diary of the exchange is available "
            'on the <a href="https://example.org/youth/exchange-2025">youth page</a>.</p>'
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["youth"],
        "tags": ["young-people", "partnerships"],
        "image": {
            "alt": (
                "A group of young people in life jackets laughing on a long wooden pirogue on "
                "a wide river"
            ),
            "caption": "",
            "credit": "Photo: Acacia & Olive Network",
            "decorative": False,
            "colour": "#f77f00",
        },
    },
    {
        "key": "soil-health-course-2025",
        "language": "en",
        "translation_of": None,
        "title": "A course on soil health for organic farming cooperatives",
        "published": "2025-10-21 09:45",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Healthy soil is the first capital of any farm. Starting in November, the "
            "association will run a training course on soil health for members of "
            "agricultural cooperatives, in partnership with a cooperative of agronomists and "
            "an agricultural institute.</p>"
            "<p>The course consists of four days in the field, spread over the winter, at four "
            "member farms in different regions. Participants will learn to:</p>"
            "<ul>"
            "<li>take and interpret soil samples;</li>"
            "<li>plan crop rotations and cover crops;</li>"
            "<li>reduce tillage without increasing the use of herbicides;</li>"
            "<li>make and use compost from farm waste.</li>"
            "</ul>"
            "<p>“After three dry summers in a row, farmers can see with their own eyes that "
            "soil rich in organic matter holds water better,” says Sara Melis, the agronomist "
            "who designed the course. “This is not ideology – it is insurance.”</p>"
            "<p>The course is free for members of member cooperatives, and each session is "
            "limited to 25 places. "
            '<a href="https://example.org/training/soil-health">Find out more and apply</a>.</p>'
        ),
        "authors": ["matteo-quercia"],
        "categories": ["agriculture"],
        "tags": ["training", "organic-farming", "climate"],
        "image": {
            "alt": (
                "Close-up of two hands holding a clump of dark, crumbly soil with fine roots "
                "and an earthworm"
            ),
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#6f4518",
        },
    },
    {
        "key": "giornata-studio-casa-bene-comune-2025",
        "language": "it",
        "translation_of": None,
        "title": "Giornata di studio a Bologna: perché la casa è un bene comune",
        "published": "2025-11-12 17:30",
        "status": "published",
        "sticky": False,
        "dateline": "Bologna",
        "excerpt": (
            "Cooperative di abitanti, enti locali e ricercatori a confronto sulle risposte "
            "possibili alla crisi degli affitti nelle grandi città."
        ),
        "body": (
            "<p>Più di duecento persone hanno partecipato alla giornata di studio “La casa è "
            "un bene comune”, organizzata dall’associazione a Bologna insieme alle cooperative "
            "di abitanti della città. Al centro del confronto, la crisi degli affitti che "
            "colpisce studenti, giovani lavoratori e famiglie a basso reddito in quasi tutte "
            "le grandi città italiane.</p>"
            "<h2>Una crisi che cambia le città</h2>"
            "<p>I dati presentati in apertura parlano chiaro: negli ultimi cinque anni i "
            "canoni di locazione nei capoluoghi sono aumentati in media del 30 per cento, "
            "mentre i salari sono rimasti quasi fermi. Sempre più appartamenti vengono "
            "destinati agli affitti brevi per turisti, e chi lavora in città è costretto a "
            "trasferirsi sempre più lontano.</p>"
            "<h2>Le risposte cooperative</h2>"
            "<p>Le cooperative di abitanti hanno presentato esperienze molto diverse tra loro: "
            "edifici costruiti all’inizio del Novecento e ancora affittati ai soci a canoni "
            "calmierati, progetti di coabitazione nati in ex scuole o ex caserme, come quello "
            "di Cortile Verde, interventi di riqualificazione energetica come quello di Casa "
            "dei Tigli a Torino.</p>"
            "<p>“La proprietà indivisa è la nostra forza: una casa della cooperativa non "
            "finirà mai sul mercato speculativo, perché non appartiene a nessuno in "
            "particolare e appartiene a tutti”, ha spiegato José Almeida Rocha, che segue le "
            "politiche abitative per l’associazione.</p>"
            "<h2>Le proposte</h2>"
            "<p>La giornata si è chiusa con tre proposte rivolte ai comuni e al governo: "
            "mettere a disposizione delle cooperative aree e immobili pubblici inutilizzati, "
            "con diritti di superficie di lunga durata; creare un fondo di garanzia per i "
            "mutui delle cooperative di abitanti; riconoscere a tutti gli effetti l’abitare "
            "cooperativo come parte dell’edilizia sociale.</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["housing", "events"],
        "tags": ["housing-rights"],
        "image": {
            "alt": (
                "Una sala con archi e colonne in pietra piena di persone sedute, mentre una "
                "relatrice parla a un leggio"
            ),
            "caption": "",
            "credit": "Foto: archivio dell’associazione",
            "decorative": False,
            "colour": "#c1121f",
        },
    },
    {
        "key": "casa-dei-tigli-award-2025",
        "language": "en",
        "translation_of": None,
        "title": "Casa dei Tigli wins a national award for sustainable housing",
        "published": "2025-12-02 11:30",
        "status": "published",
        "sticky": False,
        "dateline": "Turin",
        "excerpt": "",
        "body": (
            "<p>The housing cooperative Casa dei Tigli, in Turin, has received a national "
            "award for sustainable housing in the category for the renovation of existing "
            "buildings. The jury recognised the energy retrofit completed in 2023 and, above "
            "all, the way in which the residents took part in every decision.</p>"
            "<p>Two years after the works, the figures have exceeded expectations: energy "
            "consumption has fallen by 64 per cent, and the average household saves around "
            "780 euros a year on its bills. The cooperative has used part of the savings to "
            "set up a small solidarity fund that helps members in financial difficulty pay "
            "their monthly fee.</p>"
            "<p>“We are a cooperative of ordinary people – pensioners, nurses, bus drivers, "
            "young families,” said its president, Loredana Giachino, as she collected the "
            "award. “If we could do it, many others can too.”</p>"
            "<p>Casa dei Tigli now regularly hosts visits from other housing cooperatives and "
            "from local authorities interested in replicating its experience.</p>"
        ),
        "authors": ["jose-almeida-rocha"],
        "categories": ["housing"],
        "tags": ["awards", "climate", "housing-rights"],
        "image": {
            "alt": (
                "A smiling woman holding a glass award in front of a residential building "
                "with a communal garden"
            ),
            "caption": "Loredana Giachino, president of Casa dei Tigli.",
            "credit": "Photo: Casa dei Tigli",
            "decorative": False,
            "colour": "#e76f51",
        },
    },
    {
        "key": "statement-access-to-credit-2026",
        "language": "en",
        "translation_of": None,
        "title": "Statement on access to credit for cooperative enterprises",
        "published": "2026-02-17 12:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Rome, 17 February 2026 – The association is concerned about the growing "
            "difficulty that small and medium-sized cooperatives face in obtaining credit. "
            "According to a survey of our members published today, one cooperative in three "
            "has had a loan application rejected or reduced in the past twelve months, and the "
            "share rises to almost one in two among social cooperatives.</p>"
            "<p>The main reasons cited by banks are the low capitalisation of many "
            "cooperatives and late payments from public authorities. Both problems are well "
            "known, and both have solutions.</p>"
            "<p>“Cooperatives are not riskier than other businesses – they are simply "
            "different, and too often the banking system does not know how to read them,” "
            "said the association’s president, Ettore Mbaye Salvadori. “A cooperative that "
            "reinvests everything in its reserves and has never paid dividends to outside "
            "shareholders is a solid enterprise, not a fragile one.”</p>"
            "<p>The association calls for:</p>"
            "<ul>"
            "<li>a stronger public guarantee fund for small enterprises, with a dedicated "
            "section for cooperatives;</li>"
            "<li>the possibility of using sums owed by public authorities as collateral, "
            "backed by a state guarantee;</li>"
            "<li>training for bank staff on the specific features of cooperative "
            "enterprises.</li>"
            "</ul>"
            "<p>In the meantime, the association is working with cooperative financial "
            "institutions to launch a new mutual guarantee scheme by the end of the year. The "
            "full survey is available on our "
            '<a href="https://example.org/policy/credit-survey-2026">policy page</a>.</p>'
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["statements"],
        "tags": [],
        "image": {
            "alt": "Papers, a calculator and a pair of reading glasses on an office desk",
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#495057",
        },
    },
    {
        "key": "statement-access-to-credit-2026-it",
        "language": "it",
        "translation_of": "statement-access-to-credit-2026",
        "title": "Dichiarazione sull’accesso al credito per le imprese cooperative",
        "published": "2026-02-17 12:30",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Roma, 17 febbraio 2026 – L’associazione esprime preoccupazione per le "
            "crescenti difficoltà che le cooperative di piccole e medie dimensioni incontrano "
            "nell’ottenere credito. Secondo un’indagine tra le nostre associate pubblicata "
            "oggi, una cooperativa su tre si è vista respingere o ridurre una richiesta di "
            "finanziamento negli ultimi dodici mesi, e la quota sale quasi a una su due tra le "
            "cooperative sociali.</p>"
            "<p>Le ragioni più citate dalle banche sono la scarsa capitalizzazione di molte "
            "cooperative e i ritardi nei pagamenti della pubblica amministrazione. Sono "
            "problemi noti, ed entrambi hanno soluzioni.</p>"
            "<p>“Le cooperative non sono più rischiose delle altre imprese: sono semplicemente "
            "diverse, e troppo spesso il sistema bancario non sa leggerle”, ha dichiarato il "
            "presidente dell’associazione, Ettore Mbaye Salvadori. “Una cooperativa che "
            "reinveste tutto nelle riserve e non ha mai distribuito dividendi a soci esterni è "
            "un’impresa solida, non fragile.”</p>"
            "<p>L’associazione chiede:</p>"
            "<ul>"
            "<li>il rafforzamento del fondo pubblico di garanzia per le piccole imprese, con "
            "una sezione dedicata alle cooperative;</li>"
            "<li>la possibilità di usare come garanzia i crediti vantati verso la pubblica "
            "amministrazione, con il sostegno di una garanzia dello Stato;</li>"
            "<li>percorsi di formazione per il personale bancario sulle specificità "
            "dell’impresa cooperativa.</li>"
            "</ul>"
            "<p>Nel frattempo l’associazione sta lavorando con le istituzioni finanziarie "
            "cooperative per avviare entro la fine dell’anno un nuovo sistema di garanzia "
            "mutualistica. L’indagine completa è disponibile nella nostra "
            '<a href="https://example.org/it/politiche/indagine-credito-2026">pagina sulle '
            "politiche</a>.</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["statements"],
        "tags": [],
        "image": {
            "alt": "Fogli, una calcolatrice e un paio di occhiali da lettura su una scrivania",
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#495057",
        },
    },
    {
        "key": "earth-day-climate-plan-2026",
        "language": "en",
        "translation_of": None,
        "title": "Earth Day: how our cooperatives are cutting emissions, two years into the plan",
        "published": "2026-04-22 09:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": (
            "Solar roofs, electric cars, passive fishing gear and compost: a look at what "
            "member cooperatives have done since the climate plan was approved in 2024."
        ),
        "body": (
            "<p>Two years ago, the general assembly approved the association’s climate "
            "transition plan. On Earth Day, we look at some of the ways in which our member "
            "cooperatives are putting it into practice.</p>"
            "<h2>Sun on the roofs</h2>"
            "<p>Forty-one member cooperatives have installed solar panels since 2024, and nine "
            "have joined or founded renewable energy communities. The largest, set up by a "
            "dairy cooperative in the north, now supplies electricity to 300 households in "
            "three villages.</p>"
            "<h2>Fewer kilometres, cleaner kilometres</h2>"
            "<p>A home-care cooperative with 200 members has replaced half of its fleet with "
            "small electric cars, financed by the association’s climate fund. Its care "
            "workers no longer have to use their own cars to visit clients – a saving for "
            "them as well as for the planet.</p>"
            "<h2>From sea to field</h2>"
            "<p>Seven fishing cooperatives have followed the example of Haliéus and switched "
            "partly or completely to passive gear. On land, the share of organically farmed "
            "land among our agricultural members has risen from 38 to 46 per cent.</p>"
            "<h2>The numbers</h2>"
            "<p>Overall, the emissions of the member cooperatives that report their data have "
            "fallen by 14 per cent compared with 2022. This is encouraging, but not enough: to "
            "meet the 2035 target, the pace must roughly double. The next progress report "
            "will be presented at the general assembly in June.</p>"
        ),
        "authors": ["matteo-quercia", "lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": ["climate"],
        "image": {
            "alt": (
                "Workers in high-visibility vests installing solar panels on the roof of a "
                "farm warehouse under a clear blue sky"
            ),
            "caption": "Solar panels going up on a cooperative warehouse.",
            "credit": "",
            "decorative": False,
            "colour": "#55a630",
        },
    },
    {
        "key": "general-assembly-2026",
        "language": "en",
        "translation_of": None,
        "title": "General assembly 2026: a new strategy for inland areas",
        "published": "2026-06-10 19:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Rome, 10 June 2026 – The general assembly of the association today approved a "
            "new strategy for inland and mountain areas, where cooperatives are often the last "
            "enterprises left to provide services, jobs and a reason to stay.</p>"
            "<p>The strategy focuses on community cooperatives – enterprises in which the "
            "residents of a village jointly run the services their community needs, from the "
            "grocery shop to the bar, from the care of woodland to small guesthouses. Our "
            "network now includes 27 community cooperatives, and at least a dozen more are "
            "being set up.</p>"
            "<p>“In many villages, when the cooperative closes, the village closes,” said "
            "Ettore Mbaye Salvadori, presenting the strategy. “We want the opposite to happen: "
            "wherever a cooperative opens, the village comes back to life.”</p>"
            "<p>The assembly also approved the 2025 accounts, reviewed the progress of the "
            "climate plan and welcomed 19 new member cooperatives. "
            '<a href="https://example.org/assembly/2026">All documents</a> are available '
            "online.</p>"
        ),
        "authors": ["ilaria-fenu"],
        "categories": ["cooperatives", "events"],
        "tags": ["general-assembly", "new-members"],
        "image": {
            "alt": "A stone village on a green hillside at dusk, with lights on in a few windows",
            "caption": "",
            "credit": "Photo: Giorgio Pellè",
            "decorative": False,
            "colour": "#588157",
        },
    },
    {
        "key": "halieus-ten-years-2026",
        "language": "en",
        "translation_of": None,
        "title": "Haliéus celebrates ten years with a party on the quay",
        "published": "2026-09-15 10:30",
        "status": "published",
        "sticky": False,
        "dateline": "Torre Lucerna",
        "excerpt": "",
        "body": (
            "<p>Ten years ago, fourteen fishers from Torre Lucerna, tired of selling their "
            "catch to wholesalers at prices set elsewhere, decided to join forces and found a "
            "cooperative. They called it Haliéus, from the ancient Greek word for fisherman. "
            "Last Saturday, more than a thousand people came to the harbour to celebrate its "
            "tenth birthday.</p>"
            "<p>The party, organised by the members and their families, included a fish fry, "
            "a concert by the town’s brass band and a procession of boats decorated with flags "
            "and flowers. The mayor was there, and so were the children of the local primary "
            "school, who have visited the cooperative every spring since 2018.</p>"
            "<p>Today Haliéus has 44 members – including six under 30 and five women – and 23 "
            "boats. It fishes exclusively with passive gear, sells almost half of its catch "
            "directly and is a partner in two European projects. In 2025 its turnover "
            "exceeded one million euros for the first time.</p>"
            "<p>“Ten years ago people told us a cooperative of fishers would not last a "
            "season, because fishers are too individualistic,” said its president, Nicola "
            "Scarano. “Maybe they were right about us as individuals. But together we are "
            "something else.”</p>"
        ),
        "authors": ["matteo-quercia"],
        "categories": ["fisheries"],
        "tags": ["small-scale-fishing", "mediterranean"],
        "image": {
            "alt": (
                "Colourful fishing boats decorated with flags and flowers sailing in a line "
                "past a crowded quay"
            ),
            "caption": "The procession of boats for the tenth anniversary.",
            "credit": "Photo: Haliéus cooperative",
            "decorative": False,
            "colour": "#48cae4",
        },
    },
    {
        "key": "raccolta-olive-solidale-nuova-terra-2026",
        "language": "it",
        "translation_of": None,
        "title": "Nuova Terra: torna la raccolta solidale delle olive",
        "published": "2026-10-06 11:00",
        "status": "published",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Anche quest’anno la Società Cooperativa Nuova Terra apre i suoi uliveti a chi "
            "vuole partecipare alla raccolta delle olive. Dal 24 ottobre al 15 novembre, ogni "
            "sabato e domenica, volontarie e volontari di ogni età potranno lavorare accanto "
            "ai soci della cooperativa, imparare le tecniche di raccolta e seguire le olive "
            "fino al frantoio.</p>"
            "<p>L’iniziativa, nata nel 2021 come esperimento, è diventata un appuntamento "
            "atteso: l’anno scorso hanno partecipato più di 400 persone, tra famiglie, gruppi "
            "scout, studenti e pensionati arrivati anche dalle città vicine. Ogni giornata si "
            "chiude con un pranzo nell’aia, preparato con i prodotti della cooperativa, e con "
            "l’assaggio dell’olio nuovo.</p>"
            "<p>“La raccolta è il momento più faticoso dell’anno, ma anche il più bello”, dice "
            "la presidente Giuliana Pardo. “Condividerla con chi di solito vede l’olio solo "
            "sugli scaffali è il modo migliore per spiegare perché un olio buono ha un prezzo "
            "giusto.”</p>"
            "<p>La partecipazione è gratuita, ma è necessario iscriversi. Il ricavato della "
            "vendita dell’olio raccolto dai volontari sarà devoluto a un progetto di "
            "agricoltura sociale per ragazzi con disabilità. "
            '<a href="https://example.org/it/nuova-terra/raccolta-2026">Iscriviti qui</a>.</p>'
        ),
        "authors": ["matteo-quercia"],
        "categories": ["agriculture"],
        "tags": ["organic-farming"],
        "image": {
            "alt": (
                "Persone di diverse età che raccolgono olive su grandi reti stese sotto gli ulivi"
            ),
            "caption": "La raccolta solidale dello scorso anno.",
            "credit": "Foto: Società Cooperativa Nuova Terra",
            "decorative": False,
            "colour": "#6a994e",
        },
    },
    {
        "key": "cooperative-academy-2027-call",
        "language": "en",
        "translation_of": None,
        "title": "Cooperative Academy 2027: call for applications",
        "published": "2026-10-14 09:00",
        "status": "published",
        "sticky": True,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>Are you between 20 and 35 and working in a cooperative, or planning to start "
            "one? Applications are open for the Cooperative Academy 2027, the association’s "
            "year-long training programme for the next generation of cooperative "
            "leaders.</p>"
            "<p>The Academy builds on four editions of our summer school and on the "
            "suggestions of the young people who attended the Cooperative Futures Forum. It "
            "combines:</p>"
            "<ul>"
            "<li>four residential weeks, held in four different regions, on governance, "
            "finance, communication and cooperative law;</li>"
            "<li>monthly online seminars with cooperators from Italy and abroad;</li>"
            "<li>a mentoring relationship with an experienced cooperative leader;</li>"
            "<li>a project developed together with the participant’s own cooperative.</li>"
            "</ul>"
            "<p>There are 40 places. Participation is free: travel, accommodation and meals "
            "are covered by the association and its partners. At least half of the places are "
            "reserved for women, and a quarter for participants from the southern regions and "
            "the islands.</p>"
            "<h3>How to apply</h3>"
            "<p>Fill in the "
            '<a href="https://example.org/academy-2027/apply">application form</a> by '
            "<strong>15 December 2026</strong>. You will be asked to describe your "
            "cooperative, your role and a challenge you would like to work on during the year. "
            "Shortlisted candidates will be invited to a short online interview in "
            "January.</p>"
            "<p>Questions? Read the "
            '<a href="https://example.org/academy-2027/faq">frequently asked questions</a> or '
            "write to the youth team.</p>"
        ),
        "authors": ["ngozi-adebayo"],
        "categories": ["youth", "events"],
        "tags": ["training", "young-people"],
        "image": {
            "alt": (
                "Young adults taking notes in a sunny courtyard while an older woman speaks "
                "beside a flip chart"
            ),
            "caption": "Participants in last summer’s school.",
            "credit": "Photo: Ngozi Adébáyọ̀",
            "decorative": False,
            "colour": "#ffb703",
        },
    },
    {
        "key": "new-members-november-2026",
        "language": "en",
        "translation_of": None,
        "title": "Board welcomes nine new members, including two community cooperatives",
        "published": "2026-11-20 10:00",
        "status": "published",
        "sticky": False,
        "dateline": "Rome",
        "excerpt": "",
        "body": (
            "<p>At its November meeting, the board of the association approved the "
            "membership of nine new cooperatives. Among them are two community cooperatives "
            "from the Apennines, which run a grocery shop, a bar and a small guesthouse in "
            "villages of fewer than 400 inhabitants, and a platform cooperative of delivery "
            "riders founded in Milan last spring.</p>"
            "<p>The other new members include a cooperative of physiotherapists, two "
            "agricultural cooperatives producing chestnuts and saffron, a social cooperative "
            "that runs a theatre company with actors with disabilities, a cooperative of "
            "translators and interpreters, and a small fishing cooperative on the Ionian "
            "coast – the eighth fishing cooperative to join the network in three years.</p>"
            "<p>“The variety of these new members is the best answer to those who think "
            "cooperation belongs to the past,” said the association’s president, Ettore Mbaye "
            "Salvadori.</p>"
            "<p>The new members will take part in the next induction day, scheduled for "
            "January.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["cooperatives"],
        "tags": ["new-members"],
        "image": {
            "alt": (
                "A woman behind the counter of a small village shop handing a bag of "
                "groceries to an elderly man"
            ),
            "caption": "The grocery shop run by one of the new community cooperatives.",
            "credit": "",
            "decorative": False,
            "colour": "#bb3e03",
        },
    },
    {
        "key": "draft-annual-report-2026",
        "language": "en",
        "translation_of": None,
        "title": "Draft: annual report 2026 – key figures (not for publication)",
        "published": "2026-12-01 09:00",
        "status": "draft",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p><em>[Draft – figures to be confirmed by the accounts office.]</em> The annual "
            "report for 2026 shows that the number of member cooperatives has grown to around "
            "470. Turnover, employment and reserves: to be completed.</p>"
        ),
        "authors": ["jose-almeida-rocha"],
        "categories": ["cooperatives"],
        "tags": ["annual-report"],
        "image": None,
    },
    {
        "key": "scheduled-assembly-2027-programme",
        "language": "en",
        "translation_of": None,
        "title": "Coming soon: programme of the 2027 general assembly",
        "published": "2027-01-15 09:00",
        "status": "scheduled",
        "sticky": False,
        "dateline": "",
        "excerpt": "",
        "body": (
            "<p>The 2027 general assembly of the association will be held in Rome in May. "
            "The programme, the agenda and the procedure for appointing delegates will be "
            "published here as soon as they have been approved by the board.</p>"
        ),
        "authors": ["lucia-ferrandiz"],
        "categories": ["events"],
        "tags": ["general-assembly"],
        "image": {
            "alt": "An empty conference hall with rows of red seats facing a stage",
            "caption": "",
            "credit": "",
            "decorative": False,
            "colour": "#9d0208",
        },
    },
]
