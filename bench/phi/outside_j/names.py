"""Hand-written name lists: (female given, male given, family) per culture, and the regions each lives in.

Written from general knowledge for this corpus alone. A family entry 'Ó Murchú/Ní Mhurchú' holds a man's and a
woman's form; Malay and Tamil people carry their father's name with a connector instead of a family name;
Singaporean Chinese names are written family first and some also in Han script.
"""

from __future__ import annotations


def split_names(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "Irish": (
        split_names(
            "Siobhan Deirdre Maeve Aisling Orla Sinead Clodagh Eimear Grainne Bernadette Philomena Assumpta"
            " Dymphna Attracta Concepta Majella Fidelma Noirin Treasa Ciara Mairead Blathnaid Ailish"
        ),
        split_names(
            "Padraig Seamus Declan Eoin Cillian Fergal Donal Kieran Ronan Fintan Enda Eamon Brendan Finbar"
            " Conor Dara Lorcan Malachy Cathal Diarmuid Ultan Proinsias Gearoid"
        ),
        split_names(
            "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher"
            " O'Doherty Kennedy Lynch Quinn McLoughlin Connolly Daly O'Connell Dunne Brennan Burke Fitzgerald"
            " Flanagan McGrath Mulligan Nolan Keane Fennelly Cullinane Hennessy Cotter Twomey Lenihan Moriarty"
            " Scanlon Tierney Geraghty Mulcahy Ó_Dálaigh McGettigan Breslin"
        ),
    ),
    "Gaeilge": (
        split_names(
            "Siobhán Aoife Caoimhe Gráinne Niamh Sadhbh Órlaith Bríd Máire Síle Clíodhna Éabha Róisín Méabh"
            " Saoirse Ailbhe Muireann Nuala Úna Deirbhile Fionnuala Caitríona Eibhlín Nóra Sorcha"
        ),
        split_names(
            "Seán Pádraig Cathal Diarmuid Donncha Tadhg Ruairí Oisín Cian Darragh Colm Eoghan Fiachra Ciarán"
            " Tomás Séamus Éamonn Mícheál Peadar Breandán Conchúr Dónal Lorcán Naoise Cormac"
        ),
        split_names(
            "Ó_Súilleabháin/Ní_Shúilleabháin Mac_Cárthaigh/Nic_Cárthaigh Ó_Briain/Ní_Bhriain Ó_Néill/Ní_Néill"
            " Ó_Murchú/Ní_Mhurchú Ó_Ceallaigh/Ní_Cheallaigh Ó_Conaill/Ní_Chonaill Mac_Gearailt/Nic_Gearailt"
            " Ó_Dónaill/Ní_Dhónaill Breathnach/Bhreathnach de_Búrca/de_Búrca Ó_Riain/Ní_Riain Ó_Sé/Ní_Shé"
            " Ó_Máille/Ní_Mháille Ó_Flaithearta/Ní_Fhlaithearta Mac_Mathúna/Nic_Mhathúna Ó_Cinnéide/Ní_Chinnéide"
            " Ó_Dubhghaill/Ní_Dhubhghaill Ó_Loingsigh/Ní_Loingsigh Ó_hUiginn/Ní_Uiginn Mac_Aodha/Nic_Aodha"
            " Ó_Gallchobhair/Ní_Ghallchobhair Ó_Broin/Ní_Bhroin Ó_Duibhir/Ní_Dhuibhir Ó_Floinn/Ní_Fhloinn"
            " Ó_Tuathail/Ní_Thuathail Ó_Coileáin/Ní_Choileáin Mac_Giolla_Phádraig/Nic_Giolla_Phádraig"
            " Ó_Raghallaigh/Ní_Raghallaigh Seoighe/Sheoighe Ó_Conchúir/Ní_Chonchúir Ó_hAodha/Ní_Aodha"
            " Ó_Cléirigh/Ní_Chléirigh Mac_Suibhne/Nic_Suibhne Ó_Ciardha/Ní_Chiardha Ó_Laoghaire/Ní_Laoghaire"
            " Ó_Baoill/Ní_Bhaoill Ó_Ceallacháin/Ní_Cheallacháin Mac_Domhnaill/Nic_Dhomhnaill Ó_Cuinn/Ní_Chuinn"
            " Ó_Dochartaigh/Ní_Dhochartaigh Ó_Gráda/Ní_Ghráda"
        ),
    ),
    "Afrikaans": (
        split_names(
            "Annelie Marietjie Elmarie Riana Hanlie Sunette Annatjie Lettie Magda Ilze Carike Zelda Marlize"
            " Jolandi Elsabe Anrie Wilna Hester Sarie Bettie Ronel Rentia Charlize"
        ),
        split_names(
            "Pieter Johannes Hendrik Gert Koos Jaco Stefan Riaan Francois Wynand Ockie Danie Thinus Gerrit"
            " Christo Deon Willem Frikkie Schalk Barend Jannie Hennie Tjaart"
        ),
        split_names(
            "van_der_Merwe Botha Pretorius Coetzee Nel du_Plessis van_Wyk Venter Steyn Joubert le_Roux Fourie"
            " Swanepoel Erasmus Visser Smit Louw Oosthuizen Marais Potgieter de_Villiers van_Zyl Bezuidenhout"
            " Viljoen Labuschagne Badenhorst Engelbrecht Grobler Liebenberg Cronje Olivier Rossouw Snyman"
            " Vermaak Hattingh Kotzé Nieuwoudt Strydom Terblanche Uys Wessels Gouws Meiring Janse_van_Rensburg"
        ),
    ),
    "Zulu": (
        split_names(
            "Nomvula Thandeka Zanele Nokuthula Sibongile Lindiwe Ntombi Nonhlanhla Thulisile Zodwa Bongiwe"
            " Khanyisile Sinethemba Zinhle Mbali Londiwe Nandi Hlengiwe Nothando Philisiwe Sphesihle Nomthandazo"
        ),
        split_names(
            "Sipho Themba Bongani Sibusiso Mandla Thulani Sifiso Nkosinathi Mlungisi Bheki Jabulani Sandile"
            " Lungelo Mthokozisi Musa Siyabonga Vusi Zweli Khulekani Mxolisi Njabulo Sbusiso"
        ),
        split_names(
            "Dlamini Ndlovu Mkhize Ngcobo Khumalo Mthembu Shezi Buthelezi Zungu Cele Gumede Nxumalo Mhlongo"
            " Hadebe Ntuli Sithole Mabaso Ngubane Msomi Majola Zondi Mchunu Biyela Mdletshe Shabalala Mtshali"
            " Ndaba Khoza Mazibuko Xulu Nzuza Mthethwa Luthuli Masondo Manqele Gasa Dube Zwane Hlongwane Kubheka"
        ),
    ),
    "Xhosa": (
        split_names(
            "Nosipho Siphokazi Thandiwe Nomonde Zukiswa Ntombizodwa Babalwa Noluthando Nokwanda Yonela Asanda"
            " Lulama Akhona Nwabisa Sinazo Zintle Ziyanda Vuyokazi Nolitha Anathi Bulelwa Phumeza"
        ),
        split_names(
            "Luthando Siyabulela Lwazi Sizwe Xolani Mzwandile Lonwabo Unathi Zola Aphiwe Vuyani Mncedisi"
            " Lubabalo Sakhumzi Thembekile Zolani Khaya Mthunzi Luvuyo Andile Ayabonga Bandile Monde"
        ),
        split_names(
            "Gqirana Nqweniso Mgijima Mtshemla Sokhela Ngcukana Jwara Mbuli Ntsebeza Madikizela Matyila Mqhayi"
            " Gcaba Tyali Tshangana Mtirara Ngqondo Mangcu Skweyiya Matiwane Dyantyi Gxowa Hlathuka Mabandla"
            " Majeke Mlonyeni Ndabeni Ngcakani Nkwinti Nqakula Pityana Qabaka Tshefu Xakaza Zokufa Bikitsha"
            " Cagwe Dumisa Fihla Gantsho Jikazana Mayekiso Ncapayi Nongxa Qangule Siwisa"
        ),
    ),
    "Sotho": (
        split_names(
            "Palesa Lerato Dineo Refiloe Keitumetse Nthabiseng Mamello Puleng Limpho Masechaba Lineo Boitumelo"
            " Relebohile Nthati Mosa Matseliso Ntswaki Itumeleng Mpolokeng Manthabiseng Tsepiso"
        ),
        split_names(
            "Thabo Tshepo Teboho Katleho Lehlohonolo Motlatsi Mohau Neo Pule Bokang Tumelo Rethabile Tsietsi"
            " Thato Moeketsi Kamohelo Tlali Sello Mosiuoa Molefi Lefa Mpho Karabo"
        ),
        split_names(
            "Mokoena Mofokeng Molefe Tau Motaung Moloi Letsie Mohapi Ramokhele Lebona Nthako Sekhesa Mathibeli"
            " Makhetha Khoabane Lekhanya Ralebitso Tsotetsi Mokhothu Phafoli Lesia Mokhele Pitso Thamae Seeiso"
            " Morojele Mphuthi Ntsane Rapapali Lethoko Taole Sefako Moeti Matsoso Mahase Lerotholi Masiu Mosala"
            " Sehloho Khotle Majoro"
        ),
    ),
    "SgChinese": (
        split_names(
            "Wei_Ling Hui_Min Xiu_Ying Mei_Ling Siew_Lan Pei_Shan Li_Ting Shu_Fen Bee_Hoon Geok_Choo Ai_Lian"
            " Swee_Lin Yu_Xuan Hui_Xin Jia_Hui Kah_Yan Poh_Lin Seok_Hwa Lay_Khim Wan_Ting Xin_Yi Siew_Mei"
        ),
        split_names(
            "Wei_Ming Kok_Leong Chee_Keong Boon_Huat Teck_Seng Wee_Kiat Jun_Jie Zhi_Hao Kian_Seng Soon_Heng"
            " Guan_Hock Eng_Soon Kheng_Hwee Yong_Sheng Jia_Wei Choon_Kiat Beng_Chuan Hock_Lai Siang_Meng"
            " Keng_Yew Kwang_Ming Tiong_Huat"
        ),
        split_names(
            "Tan Lim Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Lee Toh Sim Chong Chia Seah Lau Heng Quek"
            " Foo Kwek Pang Soh Yap Leong Loh Tham Neo Khoo Poh Choo Lai Wee Phua Oei Tng Sng"
        ),
    ),
    "Malay": (
        split_names(
            "Nurul_Aisyah Nur_Farhana Zarina Noraini Rosnah Halimah Fatimah Salmah Rohani Norhayati Azizah"
            " Zainab Suriani Syafiqah Aqilah Hazirah Nur_Izzati Sabariah Rahimah Siti_Khadijah Juliana Nadiah"
        ),
        split_names(
            "Muhammad_Hafiz Ahmad_Faizal Mohd_Rizal Azman Kamarul Zulkifli Hamzah Shahrul Faris Irfan Hakim"
            " Haziq Syazwan Roslan Iskandar Khairul Firdaus Amirul Danial Nazri Muhammad_Aiman Ridzuan"
        ),
        split_names(
            "Abdullah Ismail Abdul_Rahman Osman Yusof Hassan Mohamed_Salleh Jaafar Hashim Rahmat Sulaiman"
            " Kassim Ibrahim Mansor Ariffin Jamaludin Hamid Ahmad_Zaki Saad Rashid Shamsuddin Mahmood Zainal"
            " Mohd_Noor Harun Latiff Bakar Idris Musa_Ali Zakaria Omar Yaacob Samad Awang Johari Kamaruddin"
            " Haron Sani Mustafa Daud"
        ),
    ),
    "Tamil": (
        split_names(
            "Kavitha Malathi Revathi Thilaga Vasanthi Kalaivani Selvi Tamilselvi Sangeetha Mageswari Jothi"
            " Ponni Meenakshi Anandhi Saraswathy Devika Banumathi Yamuna Gowri Nirmala Shanthi Puvaneswari"
        ),
        split_names(
            "Muthu Selvam Kumaravel Arumugam Murugan Ganesan Subramaniam Palaniappan Karthik Senthil Rajendran"
            " Thiagarajan Velu Saravanan Balakrishnan Vignesh Manikandan Anbarasan Elangovan Ilango Kannan"
            " Sivakumar"
        ),
        split_names(
            "Ramasamy Krishnasamy Govindasamy Muthusamy Periasamy Annamalai Chinnathambi Veerappan Sinnathamby"
            " Kandasamy Nadarajah Sundaram Shanmugam Thangaraj Velayutham Paramasivam Rajagopal Ponnusamy"
            " Arasu Karuppiah Manickam Maniam Marimuthu Mariappan Palanisamy Perumal Rengasamy Sellapan"
            " Sivalingam Supramaniam Thirunavukkarasu Vadivelu Vellasamy Gunasekaran Kasinathan Loganathan"
            " Narayanasamy Pakirisamy Ayyavoo Chelliah"
        ),
    ),
    "Tagalog": (
        split_names(
            "Maricel Marites Rowena Lorna Jocelyn Rosalinda Mylene Analyn Rhodora Charito Marilou Jhoanna"
            " Kristine Imelda Corazon Perla Remedios Zenaida Teresita Nenita Evangeline Honeylyn Divina Marjorie"
        ),
        split_names(
            "Rommel Renato Rodrigo Ferdinand Efren Reynaldo Danilo Ernesto Arnel Jomar Jericho Rolando Marlon"
            " Edgardo Nestor Wilfredo Dindo Romeo Ariel Carlito Benigno Teodoro Crisanto Florante"
        ),
        split_names(
            "dela_Cruz Santos Reyes Bautista Mendoza Villanueva Ramos Aquino Castillo Manalo Pascual Soriano"
            " Dizon Salazar Mercado Tolentino Navarro Macaraeg Pangilinan Lacson Dimaculangan Magsaysay"
            " Macapagal Bernabe Galang Manalastas Panganiban Lapid Sarmiento Dumalagan Agustin Valdez"
            " Buenaventura Evangelista Gatchalian Lagman Quiambao Sison Tuazon Ocampo de_Guzman Cabrera"
        ),
    ),
    "Cebuano": (
        split_names(
            "Jinky Dailyn Lyka Rubylyn Kristel Jessa Rhea Junalyn Cherrie_Mae Jennylyn Shiela Glaiza Marichu"
            " Arlene Genalyn Nida Elvie Susana Ma._Theresa Annabelle Leonila Merlyn"
        ),
        split_names(
            "Jhunrey Rey_Mark John_Rey Anecito Felixberto Cresencio Genaro Jessie Jayson Ronel Ricky Alvin"
            " Ramil Loreto Jovito Pablito Rogelio Virgilio Bernie Rustico Eleuterio Nilo"
        ),
        split_names(
            "Cabahug Alcoseba Gabuya Abellana Cuizon Durano Osmeña Ouano Pacaña Villamor Ybañez Bacalso Cañete"
            " Dumdum Escario Gullas Labella Lumapas Mangubat Ompad Pepito Quisumbing Remollo Tabura Tecson"
            " Toling Ypil Amodia Arcenas Bongcac Catipay Dacalos Enad Abapo Abarquez Aying Bugtai Sumalinog"
            " Tumulak Yuson Sanchez_Cabigon Lapinig"
        ),
    ),
    "US": (
        split_names(
            "Jennifer Ashley Brittany Tamika LaToya Kimberly Stephanie Megan Courtney Latasha Shanice Kayla"
            " Brianna Alyssa Danielle Erica Tiffany Keisha Monique Yolanda Deborah Cynthia Marisol Guadalupe"
        ),
        split_names(
            "Tyrone Jamal DeShawn Brandon Kyle Dustin Travis Cody Jeffrey Gregory Kevin Marcus Terrence Andre"
            " Dwayne Cedric Jermaine Kenneth Douglas Raymond Jeremiah Derrick Esteban Luis"
        ),
        split_names(
            "Johnson Williams Jackson Washington Jefferson Thompson Anderson Robinson Harris Coleman Henderson"
            " Patterson Simmons Griffin Jenkins Bryant Alexander Russell Hayes Myers Graham Sullivan Wallace"
            " McKenzie Crawford Holloway Jennings Whitfield Dawson Pruitt Spencer Gibson Ellison Mayfield Gaines"
            " Pettaway Caldwell Odom Hollis Whitaker Blackwell Hernández Villarreal"
        ),
    ),
}

# English names that are also ordinary words, none used as a name by the other corpora: a quarter of the people.
ENGLISH_WORDS = (
    split_names(
        "Beauty Pretty Goodness Happiness Purity Queen Candida Viola Celeste Savannah Sierra Cassia Chardonnay"
        " Innocence Peace Tawny Faithful Silence Gift Kismet Sweetness Gladness Thankful Pinky"
    ),
    split_names(
        "Max Wally Curt Randy Bobby Herb Sol Doc Tad Jerry Roger Sparky Flip Harry Matt Innocent Given Clever"
        " Talent Wisdom Knowledge Welcome Prosper Brilliant Smart Honest Pardon Trust Spud Biff Skeeter Smokey"
    ),
    split_names(
        "Stern Garden Fish Nail Cape Coy Parish Jolly Worth Wing Younger Elder Friday Noel Christmas Easter"
        " Winters Spark Sparks Barrow Box Brand Cane Combs Crook Dye Hand Hurt Nurse Pride Reader Ring Roach Seal"
        " Stamp Steed Strange Toll Trim Whale Yard Blood Duck Gamble Speed Roe Marshall Cheer Tidy Budge Mellow"
        " Pickles Lard Rudd Bream Cart Wax Mullet Minnow"
    ),
)

# Han script for Singaporean Chinese names (family, then given), used for some of those people.
HAN_FAMILY = {
    "Tan": "陈", "Lim": "林", "Ng": "黄", "Ong": "王", "Wong": "黄", "Goh": "吴", "Chua": "蔡", "Chan": "陈",
    "Koh": "许", "Teo": "张", "Ang": "洪", "Yeo": "杨", "Tay": "郑", "Lee": "李", "Toh": "卓", "Sim": "沈",
    "Chong": "张", "Chia": "谢", "Seah": "佘", "Lau": "刘", "Heng": "王", "Quek": "郭", "Foo": "符", "Kwek": "郭",
    "Pang": "彭", "Soh": "苏", "Yap": "叶", "Leong": "梁", "Loh": "罗", "Tham": "谭", "Neo": "梁", "Khoo": "邱",
    "Poh": "傅", "Choo": "朱", "Lai": "赖", "Wee": "黄", "Phua": "潘", "Oei": "黄", "Tng": "庄", "Sng": "孙",
}  # fmt: skip
HAN_GIVEN = {
    "Wei Ling": "伟玲", "Hui Min": "慧敏", "Xiu Ying": "秀英", "Mei Ling": "美玲", "Siew Lan": "秀兰",
    "Pei Shan": "佩珊", "Li Ting": "丽婷", "Shu Fen": "淑芬", "Bee Hoon": "美云", "Geok Choo": "玉珠",
    "Ai Lian": "爱莲", "Swee Lin": "瑞琳", "Yu Xuan": "雨萱", "Hui Xin": "慧欣", "Jia Hui": "佳慧",
    "Kah Yan": "嘉燕", "Poh Lin": "宝琳", "Seok Hwa": "淑华", "Lay Khim": "丽琴", "Wan Ting": "婉婷",
    "Xin Yi": "欣怡", "Siew Mei": "秀美", "Wei Ming": "伟明", "Kok Leong": "国良", "Chee Keong": "志强",
    "Boon Huat": "文发", "Teck Seng": "德成", "Wee Kiat": "伟杰", "Jun Jie": "俊杰", "Zhi Hao": "志豪",
    "Kian Seng": "建成", "Soon Heng": "顺兴", "Guan Hock": "源福", "Eng Soon": "荣顺", "Kheng Hwee": "庆辉",
    "Yong Sheng": "永胜", "Jia Wei": "家伟", "Choon Kiat": "俊杰", "Beng Chuan": "明泉", "Hock Lai": "福来",
    "Siang Meng": "祥明", "Keng Yew": "庆耀", "Kwang Ming": "光明", "Tiong Huat": "忠发",
}  # fmt: skip

# Father's-name connectors, by culture: (his, hers).
PATRONYMIC = {"Malay": ("bin", "binte"), "Tamil": ("s/o", "d/o")}
FAMILY_FIRST = {"SgChinese"}

REGION_GROUPS: dict[str, list[str]] = {
    "ie": ["Irish", "Irish", "Gaeilge"],
    "za": ["Afrikaans", "Zulu", "Xhosa", "Sotho"],
    "sg": ["SgChinese", "SgChinese", "Malay", "Tamil"],
    "ph": ["Tagalog", "Tagalog", "Cebuano"],
    "us": ["US", "US", "US", "Tagalog", "Irish", "SgChinese"],
}

# Nicknames as families and friends use them (none an ordinary English word).
NICKNAMES = {
    "ie": split_names("Paddy Mossie Dinny Gerry Nonie Bridie Mamo Tadhgie Sinéad-Óg Con"),
    "za": split_names("Sbu Thabz Lulu Kiki Oupa Boetie Sussie Mpumi Nomzi Jabu"),
    "sg": split_names("Ah_Hock Ah_Lian Mei-Mei Didi Kak_Yah Ah_Seng Babu Chooi"),
    "ph": split_names("Inday Dodong Jun-Jun Tintin Bebang Nonoy Ining Bongbong Totoy Neneng"),
    "us": split_names("Shay Dre Tiki Bubba Keke Dede Nene Pookie Tay-Tay Junebug"),
}

# Clinicians, investigators, monitors and staff: appear in documents, scored neither way.
STAFF = split_names(
    "Okonkwo-Barry Venkataraman Haldane Prinsloo-Mahlaba Achebe Ferreira Rautenbach Castellano Whelan-Price"
    " Ishiguro Lindstrom Mwangi Osei-Tutu Bergkamp Carrasco Dimitrov Esterhuizen Fairclough Gunawardena"
    " Hallinan Ikeda Jovanovic Kirkpatrick Lacroix Moretti Nakamura Oyelowo Petrakis Quayle"
)
STAFF_GIVEN = split_names(
    "Adaeze Bartholomew Cosima Dmitri Eleanor Fredrik Genevieve Horatio Ingrid Jovana Konstantin Leopoldine"
    " Marguerite Nikolai Octavia Perpetua"
)
