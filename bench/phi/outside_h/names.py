"""Hand-written names for the people of corpus H: a mixed North-American and British community.

Each group holds men's given names, women's given names and family names as its people write them in Latin
letters; ``NATIVE`` holds, for groups that often write their own script too, names in that script. Written
from general knowledge for this corpus alone. ``ENGLISH_WORDS`` holds English names that are also ordinary
words, for about one person in four.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    """One culture's names; an underscore inside a name stands for a space (``De_los_Santos``)."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]


def _group(male: str, female: str, family: str) -> Group:
    return Group(tuple(male.split()), tuple(female.split()), tuple(family.split()))


GROUPS: dict[str, Group] = {
    "anglo": _group(
        "James John Robert Michael William David Richard Thomas Charles Christopher Daniel Matthew Anthony "
        "Donald Steven Paul Andrew Joshua Kenneth Kevin Brian Timothy Ronald Edward Jeffrey",
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty "
        "Sandra Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah",
        "Smith Johnson Williams Davis Anderson Thompson Harris Clark Lewis Robinson Walker Allen Wright Nelson "
        "Mitchell Phillips Edwards Collins Morris Rogers Peterson Bailey Richardson Howard Sanders Bennett "
        "Hughes Jenkins Russell Griffin Hayes Myers Hamilton Sullivan Wallace Reynolds Ellis Harrison Gibson "
        "O'Brien O'Connor O'Neill O'Sullivan O'Reilly Fitzgerald McCarthy McNamara Gallagher Kavanagh",
    ),
    "scottish": _group(
        "Alasdair Angus Callum Duncan Ewan Fraser Gregor Hamish Iain Lachlan Malcolm Murdo Ruaridh Struan "
        "Torquil Finlay Euan Niall Fergus Dougal Hector Calum",
        "Ailsa Catriona Eilidh Fiona Isla Iona Kirsty Morag Mhairi Shona Elspeth Flora Isobel Moira Rhona "
        "Sheena Kirsteen Lorna Marion Aileen Effie Jean",
        "MacLeod MacDonald MacKenzie MacKay MacLean MacGregor MacIntyre MacPherson MacRae Macaulay McAllister "
        "McBride McCulloch McFarlane McGillivray McIntosh McKinnon McLaughlin Cameron Ross Murray Sinclair "
        "Sutherland Drummond Buchanan Lindsay Crawford Kerr Munro Robertson Ferguson Henderson Morrison "
        "Paterson Gunn Urquhart Menzies Forbes Chisholm Galbraith",
    ),
    "welsh": _group(
        "Dafydd Gareth Gwilym Huw Iwan Llewelyn Rhodri Rhys Emrys Geraint Ieuan Owain Aled Bryn Dylan Gethin "
        "Idris Meirion Tudor Alun Elis Cadog",
        "Angharad Bethan Carys Catrin Cerys Eirlys Ffion Gwen Gwenllian Lowri Mali Nia Rhiannon Seren Sian "
        "Tegan Eluned Heledd Manon Nerys Glenys Myfanwy",
        "Jones Davies Evans Thomas Roberts Lewis Morgan Griffiths Pritchard Prosser Powell Parry Pugh Probert "
        "Bowen Howells Llewellyn Lloyd Meredith Owen Rees Vaughan Watkins Hopkins Bevan Gwynne Rowlands "
        "Harries Maddox Cadwaladr Humphreys Pryce Gruffydd Jenkins Beddoe Tudur Madoc Llywelyn ap_Rhys Bowen-Jones",
    ),
    "french_canadian": _group(
        "Jean-François Jean-Guy Pierre-Luc Marc-André Gilles Réjean Sylvain Benoît Jacques Luc Mathieu Olivier "
        "Étienne Gaétan Normand Yves Denis Alain Rémi Maxime Frédéric Guillaume",
        "Marie-Claude Marie-Ève Geneviève Josée Nathalie Sylvie Chantal Isabelle Mélanie Véronique Johanne "
        "Diane Francine Louise Annie Émilie Catherine Hélène Lucie Ginette Suzanne Solange",
        "Tremblay Gagnon Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque "
        "Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier "
        "Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Martel Desjardins Bourque Charbonneau "
        "Chartrand Lachance Després Vaillancourt D'Amours Des_Rosiers",
    ),
    "punjabi": _group(
        "Gurpreet Manjit Jaswinder Sukhwinder Baljit Amandeep Kuldeep Rajinder Paramjit Harjit Jagdeep Gurdeep "
        "Navdeep Ranjit Satnam Gurnam Inderjit Balwinder Hardeep Tejinder Kulwant Harpreet",
        "Simran Navneet Manpreet Harleen Jaspreet Gurleen Amrit Kiranjit Rajwant Sukhjeet Parminder Harjinder "
        "Balvir Jasleen Ravneet Pawandeep Kamaljit Gurvinder Surinder Rupinder Daljit Tarandeep",
        "Sandhu Gill Dhillon Grewal Brar Sidhu Maan Bains Sangha Johal Atwal Cheema Dhaliwal Randhawa Sekhon "
        "Toor Virk Bhullar Aulakh Bajwa Chahal Deol Gosal Hundal Khaira Mangat Nijjar Pannu Purewal Sahota "
        "Sohal Thind Uppal Kang Basra Boparai Khosa Mann Sran Ghuman",
    ),
    "tamil": _group(
        "Murugan Kannan Rajesh Suresh Karthik Senthil Arjun Vignesh Balaji Ganesh Saravanan Prakash Ramesh "
        "Dinesh Kumaran Muthu Velmurugan Arun Thiru Anand Ilango Sathish",
        "Selvi Lakshmi Priya Meena Devi Kavitha Anitha Revathi Malathi Jayanthi Kalaiselvi Sangeetha Vasanthi "
        "Nithya Deepa Brinda Janani Tamilselvi Gowri Uma Shanthi Yamuna",
        "Subramaniam Ramasamy Krishnan Velu Sivakumar Natarajan Arunachalam Chandrasekaran Thangaraj "
        "Balasubramanian Murugesan Palaniappan Sundaram Venkatesan Raman Srinivasan Kandasamy Rajendran "
        "Periyasamy Annamalai Gopalakrishnan Manickam Ponnusamy Shanmugam Pillai Iyer Mudaliar Chettiar "
        "Ramalingam Ganesan Sethuraman Jeyakumar Kathiresan Selvaraj Mariappan Duraisamy Elangovan "
        "Paramasivam Thevar Nadar",
    ),
    "bengali": _group(
        "Rahim Suman Anwar Tanvir Debashish Rafiq Habib Kamal Jamal Shafiqul Mizanur Shahidul Arif Sujon "
        "Partha Abhijit Sourav Rezaul Nazrul Sabbir Mahbub Ashraful",
        "Fatema Nasrin Ruma Shahana Mousumi Taslima Rokeya Farzana Sharmin Nusrat Ayesha Rupa Sathi Jhuma "
        "Tahmina Lipika Sumaiya Mitali Rina Anjana Shampa Dipika",
        "Chowdhury Rahman Hossain Islam Ahmed Banerjee Mukherjee Das Sarkar Khan Uddin Miah Begum Talukder "
        "Bhuiyan Sikdar Mollah Sheikh Haque Karim Alam Kabir Majumder Chakraborty Bhattacharya Ghosh Bose "
        "Dutta Sen Mondal Biswas Akter Siddique Hasan Mahmud Mridha Howlader Patwary Bepari Sultana",
    ),
    "cantonese": _group(
        "Tai-Man Chi-Ming Ka-Ho Wai-Keung Kwok-Fai Siu-Lung Chun-Kit Wing-Hong Man-Kit Ho-Yin Kin-Wah Yiu-Fai "
        "Pak-Hei Hon-Ming Chun-Wai Shing-Fung Tsz-Hin Wai-Lun Kam-Cheung Yat-Sing Kenny Raymond",
        "Mei-Ling Ka-Yan Wai-Man Suk-Fan Wing-Sze Hoi-Yan Pui-Yee Siu-Ying Mei-Kuen Lai-Ping Yuk-Lan Wai-Ling "
        "Ka-Wai Sze-Wing Oi-Lin Man-Yee Hiu-Tung Kit-Ying So-Fong Yee-Man Winnie Cecilia",
        "Chan Wong Cheung Leung Lau Lam Cheng Yeung Chow Tsang Tse Kwok Fung Mak Tang Chu Lai Kwan Yip Law "
        "Choi Poon Szeto Au-Yeung Hui Siu Tam Tong Yuen Chiu Chung Wan Mok Lui Ho Ng Lo Ma Ko Lee",
    ),
    "tagalog": _group(
        "Jose Rodrigo Emmanuel Ramon Ricardo Rommel Arnel Danilo Rogelio Efren Renato Bienvenido Dindo Jericho "
        "Reynaldo Ferdinand Nestor Marlon Arvin Joel Jomar Romeo",
        "Maricel Rosalinda Marites Luzviminda Imelda Corazon Rowena Jocelyn Analyn Mylene Divina Erlinda "
        "Teresita Gemma Jovelyn Lourdes Marivic Remedios Rosario Zenaida Girlie Precy",
        "Santos Reyes Bautista Ocampo Mendoza Tomas Andrada Castillo Villanueva Aquino Dizon Manalo Mercado "
        "Pascual Soriano Salazar Gonzales Dela_Cruz De_Leon Del_Rosario Macaraeg Magbanua Panganiban "
        "Dimaculangan Lacson Cabrera Navarro Cunanan Sison Tolentino Evangelista Agbayani Malonzo Lapuz "
        "Quizon Macapagal Buenaventura Sarmiento Galang Manansala",
    ),
    "jamaican": _group(
        "Desmond Winston Delroy Errol Clive Leroy Fitzroy Lloyd Neville Courtney Marlon Andre Dwayne Kemar "
        "Tyrone Horace Everton Garfield Rohan Omar Devon Ainsley",
        "Sharon Marcia Beverley Claudette Hyacinth Yvonne Paulette Sonia Shanique Tamika Kerry-Ann Nadine "
        "Simone Marsha Sheryl Doreen Monique Latoya Tanisha Shauna Pauline Kadian",
        "Campbell Brown Thompson Clarke Gordon Francis Reid Henry Lindo Samuels Blake Barrett Facey Dacosta "
        "Chin McKenzie Spence Bryan Stewart Bernard Tulloch Hylton Whyte Anglin Beckford Wray Rattray Mowatt "
        "Nembhard Grizzle Dunkley Gayle Brissett Ebanks Pusey Haughton McFarlane Samuda Lyn Chambers-Reid",
    ),
    "ghanaian": _group(
        "Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Ekow Kwesi Fiifi Kobina Kweku Kwadwo Selorm Elikem Edem "
        "Mawuli Nii Kpakpo Delali Ato Paa",
        "Ama Akosua Abena Efua Adwoa Yaa Afua Akua Esi Araba Ekua Adjoa Afia Maame Dzifa Enyonam Akorfa Naa "
        "Dede Kukua Adzo Sedinam",
        "Mensah Owusu Boateng Asante Osei Agyeman Appiah Acheampong Darko Frimpong Amoah Ansah Addo Bonsu "
        "Nkrumah Ofori Sarpong Tetteh Quaye Lamptey Nartey Quarshie Adjei Agyei Amponsah Antwi Danquah Gyamfi "
        "Kyei Oppong Opoku Yeboah Kuffour Badu Ankrah Annan Aidoo Baffour Fosu Mintah",
    ),
    "yoruba": _group(
        "Oluwaseun Adebayo Babatunde Olumide Ayodele Kayode Oluwafemi Tunde Segun Femi Adewale Olusegun "
        "Gbenga Kunle Dapo Jide Yinka Tobi Ayomide Ademola Rotimi Wale",
        "Folasade Funmilayo Adenike Omolara Titilayo Yetunde Bukola Modupe Abiodun Olayinka Oluwakemi "
        "Temitope Morenike Adesola Ronke Bolanle Adunni Iyabo Omotola Simisola Ifeoluwa Opeyemi",
        "Adeyemi Ogunleye Oladipo Akinola Olawale Ogunbiyi Adekunle Fashola Olatunji Ogundipe Adeleke "
        "Oyelaran Babalola Akintola Ajayi Oyewole Oladele Olaniyan Adesina Adeniran Ogunlesi Fagbemi "
        "Ibikunle Oyebanji Odunsi Akinwande Balogun Alabi Afolabi Oyinlola Ayoola Ojo Oke Bello Lawal Salako "
        "Sowemimo Kuti Oyedepo Adebiyi",
    ),
    "igbo": _group(
        "Chukwuemeka Obinna Chinedu Ikenna Nnamdi Uchenna Ifeanyi Chidi Emeka Okechukwu Kelechi Chibuzor "
        "Ebuka Tochukwu Somto Nonso Kenechukwu Obiora Azubuike Chijioke Ugochukwu Onyeka",
        "Ngozi Chiamaka Adaeze Chinwe Nkechi Ifeoma Uju Amarachi Chidinma Obiageli Nneka Ogechi Chioma Ebele "
        "Ugonna Kosisochukwu Adaora Nkiruka Oluchi Chinyere Ozioma Chisom",
        "Okafor Okonkwo Eze Nwosu Okeke Obi Nwachukwu Uzor Okoro Nwankwo Ibe Chukwu Ezeh Anyanwu Okonjo "
        "Iwuchukwu Nnadi Ogbu Ugwu Onuoha Agu Ezeji Mbah Nwafor Ekwueme Achebe Azikiwe Ndukwe Ogbonna Onwuka "
        "Okwuosa Umeh Igwe Udeh Ekwe Ojukwu Nwoye Ubah Okpara Onyemaechi",
    ),
    "polish": _group(
        "Krzysztof Andrzej Piotr Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Wojciech Stanisław Zbigniew "
        "Mariusz Dariusz Jerzy Tadeusz Kazimierz Bartosz Sławomir Mirosław Przemysław",
        "Agnieszka Małgorzata Katarzyna Joanna Magdalena Ewa Barbara Dorota Beata Grażyna Jadwiga Halina "
        "Krystyna Zofia Wanda Bożena Iwona Justyna Urszula Teresa Elżbieta Aleksandra",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski "
        "Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel "
        "Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Sikora Sadowski Zawadzki",
    ),
    "portuguese": _group(
        "João José António Manuel Francisco Rui Nuno Luís Paulo Duarte Tiago Gonçalo Fernando Joaquim Vasco "
        "Sérgio Diogo Hélio Custódio Armando Álvaro Henrique",
        "Maria Ana Fátima Conceição Graça Helena Isabel Luísa Margarida Teresa Filomena Leonor Inês Beatriz "
        "Carolina Mariana Catarina Gabriela Lurdes Amélia Natália Odete",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes "
        "Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira "
        "Monteiro Cardoso Rocha Raposo Medeiros Furtado Pacheco Cabral Botelho Arruda Tavares Melo Amaral "
        "da_Silva dos_Santos de_Sousa da_Costa",
    ),
    "mexican": _group(
        "José_Luis Juan_Carlos Miguel_Ángel Jesús Alejandro Francisco_Javier Ricardo Arturo Fernando Eduardo "
        "Jorge Héctor Sergio Raúl Rogelio Ignacio Octavio Gerardo Salvador Jaime Armando Cuauhtémoc",
        "María_Guadalupe Juana Margarita Verónica Leticia Rosa_María Alejandra Patricia Gabriela Adriana "
        "Araceli Yolanda Claudia Xóchitl Itzel Citlali Ximena Fernanda Mayra Marisol Blanca Socorro",
        "Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales "
        "Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Aguilar Ortiz Moreno Romero Álvarez Méndez Chávez "
        "Rivera Juárez Ramos Domínguez Herrera Medina Castro Vargas Guzmán Velázquez Cervantes Zavala Ochoa "
        "Villalobos",
    ),
    "salvadoran": _group(
        "Óscar Nelson Wilfredo Mauricio Edwin Santos Ulises René Douglas Giovanni Herbert Elmer Rigoberto "
        "Balmore Alcides Neftalí Walter Franklin Melvin Ever Reynaldo Nahúm",
        "Ana_Ruth Xiomara Marta Glenda Yesenia Lorena Sonia Delmy Morena Jacqueline Roxana Karla Dinora Silvia "
        "Vilma Marleny Evelyn Noemy Rosibel Maritza Idalia Reina",
        "Portillo Rivas Ayala Orellana Alvarado Argueta Alfaro Bonilla Canales Cornejo Escobar Fuentes "
        "Galdámez Guardado Henríquez Lemus Mejía Menjívar Molina Monterrosa Quintanilla Rosales Serrano Umaña "
        "Velásquez Zelaya Chicas Amaya Campos Cañas Deras Iraheta Landaverde Majano Pineda Recinos Villatoro "
        "Hernández Martínez Aguilar",
    ),
    "dominican": _group(
        "Rafael Juan_Pablo Ramón Luis_Miguel Wilson Franklyn Yohan Starlin Ángel Radhamés Fausto Anyelo "
        "Yunior Domingo Leonel Eulogio Welington Julio Aneudy Félix Santo Confesor",
        "Yokasta Mildred Altagracia Yahaira Dania Yudelka Kenia Yanelis Dilenia Aracelis Yessenia Miguelina "
        "Nelsy Ramona Carmen Lissette Yaritza Dulce Milagros Ysabel Franchesca Belkis",
        "Rodríguez Santana Peña Almonte Batista De_los_Santos Féliz Guerrero Núñez Abreu Marte Polanco Tejada "
        "Ventura Rosario Paulino Mejía Cabrera Encarnación Durán Familia Taveras Ureña Liriano Bautista Brito "
        "Veras Reynoso Villar Hiraldo Espinal Acosta Genao Vargas Medina Cepeda Sosa Lantigua Báez Then",
    ),
    "cree_ojibwe": _group(
        "Elijah Isaiah Tyson Dakota Cody Jesse Raymond Clarence Leonard Wilfred Norman Albert Ernest Harold "
        "Vernon Alvin Curtis Darrell Wayne Kyle Brandon Makwa Migizi Animikii",
        "Winona Kateri Nokomis Waaseyaa Ziigwan Bernadette Theresa Rosalie Mavis Geraldine Loretta Darlene "
        "Brenda Tammy Charlene Shawna Tanya Cheyenne Mahigan Giizhigokwe Ogimaakwe Nimkii",
        "Cardinal Ahenakew Bighetty Kakakaway Kematch Meekis Beardy Fiddler Kakegamic Kejick Masakeyash "
        "Nanawin Ningewance Nahwegahbow Morrisseau Wabasse Okimaw Paypompee Quewezance Kakeway Bellegarde "
        "Starblanket Littlechild Linklater Moosomin Cheechoo Kitchekeesik Whiskeyjack Sewap Wesaquate Nepinak "
        "Flett Monias Okemow Wapachee Masty Mianscum Neeposh Trudeau-Bird Sinclair-Fiddler",
    ),
    "inuit": _group(
        "Jaypeetee Simeonie Joanasie Lucassie Mosesie Paulusie Sakiasie Salamonie Adamie Ipeelee Piita "
        "Jamesie Jobie Aipilie Tagak Qumaq Davidee Markusie Pauloosie Josie Ootoova Kowisa",
        "Elisapee Kenojuak Leetia Naudla Oopik Ooleepeeka Looee Siasi Mialia Meeka Susie Nellie Qapik Geela "
        "Maata Eepa Alacie Lizzie Annie Pitseolak Malaya Ulaajuk",
        "Akeeagok Pootoogook Kilabuk Ishulutak Qaqqasiq Aqpik Kunuk Arnatsiaq Nakashuk Qaunaq Kooneeliusie "
        "Ashevak Angnakak Kudluarjuk Kalluk Pudlat Enook Nuqingaq Ipeelie Kanayuk Panipakoocho Tagalik "
        "Kakkik Alainga Anawak Arreak Evaluarjuk Iqaluk Joamie Kaludjak Killiktee Nutarak Oqallak Piugattuk "
        "Qamaniq Sanguya Tootoo Ulayuk Veevee Kootoo Nowdlak",
    ),
    "lebanese": _group(
        "Elie Georges Charbel Joseph Antoine Pierre Rami Nabil Fadi Ziad Walid Karim Samir Marwan Tony "
        "Ghassan Bassam Wissam Roger Imad Khalil Chadi",
        "Nadine Rita Mireille Joelle Carla Maya Rania Lara Nour Hala Rima Zeina Dalia Layal Ghada Hoda Nayla "
        "Samira Yasmine Mona Houda Nicole",
        "Haddad Khoury Aoun Saade Najjar Gemayel Frangieh Karam Nassar Salameh Maalouf Abboud Hajj Chamoun "
        "Daher Fakhoury Ghanem Harb Jaber Kanaan Massoud Moussa Nader Rizk Sfeir Tannous Yazbek Zoghbi "
        "Chidiac Bou_Khalil Abi_Nader El-Khoury Abou_Jaoude Sleiman Mansour Matar Azar Hobeika Feghali Bitar",
    ),
    "iranian": _group(
        "Ali Reza Hossein Mehdi Amir Mohammad Hamid Dariush Kourosh Babak Farhad Arash Behnam Ramin Saeed "
        "Majid Payam Kaveh Omid Siavash Bijan Shahram",
        "Maryam Zahra Nazanin Fatemeh Shirin Parisa Leila Mahsa Negar Roya Golnaz Azadeh Shadi Elham Farnaz "
        "Mitra Forough Taraneh Yasaman Soheila Mojgan Parvaneh",
        "Mohammadi Hosseini Rezaei Ahmadi Karimi Mousavi Jafari Sadeghi Tehrani Rahimi Ghorbani Hashemi "
        "Kazemi Zamani Farahani Shirazi Esfahani Tabrizi Najafi Abbasi Asadi Bagheri Ebrahimi Heidari Jalali "
        "Khosravi Mahmoudi Nouri Rostami Salehi Soltani Yazdani Amini Bahrami Daneshvar Ghaffari Khorasani "
        "Mirzaei Nikpour Pahlavan",
    ),
    "afghan": _group(
        "Ahmad Najib Hamid Abdullah Wahid Mohammad Gul Zalmai Farid Jawad Habibullah Naveed Sayed Khalid "
        "Mirwais Rahmatullah Ajmal Haroon Qadir Bilal Samiullah Nasir",
        "Fariba Malalai Zarghona Shakila Gulalai Mariam Nadia Frishta Parwana Sadaf Tamana Nilofar Shabnam "
        "Marzia Hosai Laila Mursal Sakina Hafiza Nargis Wazhma Storay",
        "Popalzai Ahmadzai Kakar Noori Safi Wardak Yousafzai Hakimi Rahmani Amiri Karzai Durrani Barakzai "
        "Mohmand Niazi Sultani Hotak Stanikzai Shinwari Sadat Haidari Azizi Ghani Habibi Jalalzai Mangal "
        "Nazari Omari Qaderi Sharifi Tokhi Wahidi Zazai Hashimi Momand Samadi Faizi Rasuli Akbari Andar",
    ),
    "syrian": _group(
        "Khaled Omar Ammar Hassan Mahmoud Yasser Firas Mazen Hussam Louay Mouaz Nizar Tarek Wael Yamen Zaher "
        "Anas Obaida Ghaith Basel Mohammad Abdulrahman",
        "Rasha Hiba Ola Reem Lama Ruba Sawsan Dima Ghalia Aya Bushra Kinda Rouba Farah Amal Haifa Lubna "
        "Maysaa Nisreen Raghad Sanaa Razan",
        "Al-Halabi Al-Shami Kabbani Al-Ali Al-Hamwi Al-Homsi Darwish Kassab Mardini Jabri Atassi Kurdi "
        "Tarabichi Zaitoun Khatib Shaaban Hamdan Sabbagh Idlibi Hariri Nahhas Al-Masri Qassem Barakat Sayegh "
        "Shawwa Ayoubi Dabbagh Hamadeh Kayyali Qudsi Safadi Tabbakh Zoubi Jundi Attar Hallak Mahfouz Rifai "
        "Shahin Al-Khatib",
    ),
    "jewish": _group(
        "Yosef Moshe David Avraham Yitzchak Shlomo Menachem Ari Eli Binyamin Chaim Mordechai Shmuel Yehuda "
        "Aaron Nachum Zev Dov Ephraim Yaakov Tzvi Noam",
        "Sarah Rivka Leah Miriam Chana Devorah Esther Shira Tova Batsheva Yael Malka Rochel Faigy Chaya Naomi "
        "Tamar Adina Ayelet Bracha Dina Hadassah",
        "Cohen Levi Friedman Goldberg Shapira Rosenberg Katz Berger Mizrahi Peretz Schwartz Weiss Klein Rosen "
        "Horowitz Feldman Greenberg Kaplan Levine Rabinowitz Stern Weinstein Birnbaum Lieberman Abramowitz "
        "Eisenberg Finkelstein Gottlieb Halpern Hirsch Kessler Lowenstein Mandelbaum Nussbaum Rubinstein "
        "Silverman Teitelbaum Zilberman Ben-David Bar-On Ashkenazi",
    ),
    "japanese": _group(
        "Hiroshi Takeshi Kenji Satoshi Shota Daisuke Kenichi Takuya Makoto Haruto Sota Kazuo Minoru Akira "
        "Tadashi Ryota Yusuke Koji Naoki Masato Yuki Ren",
        "Yoko Misaki Keiko Yumi Naoko Akiko Sakura Haruka Aoi Emi Kaori Mayumi Noriko Sachiko Tomoko Hanako "
        "Megumi Reiko Chiyo Ayaka Michiko Yui",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
        "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita "
        "Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo "
        "Aoki Fujii Nishimura",
    ),
    "sri_lankan": _group(
        "Nimal Sunil Ruwan Kasun Lahiru Chaminda Sanath Upul Mahinda Tharindu Nuwan Asanka Chathura Dilan "
        "Pradeep Roshan Saman Thilak Gayan Janaka Buddhika Isuru",
        "Kumari Chamari Dilrukshi Nadeesha Thilini Sanduni Ishara Madhavi Anoma Chathurika Dilhani Hasini "
        "Nirmala Sachini Samanthi Sewwandi Shanika Upeksha Wasana Yasodha Piumi Ruwani",
        "Perera Fernando Jayasuriya Bandara Dissanayake Rajapaksa Gunawardena Herath Wijesinghe Ratnayake "
        "Jayawardena Wickramasinghe Senanayake Karunaratne Abeysekara Amarasinghe Weerasinghe Gunasekara "
        "Samarasinghe Wijeratne Ekanayake Rathnayake Kumarasinghe Liyanage Munasinghe Pathirana Rodrigo "
        "Mendis Siriwardena Jayatilleke Kulatunga Hettiarachchi Tennakoon Wanigasekara Wickremeratne Udugama "
        "Kodikara Jayaweera de_Silva de_Alwis",
    ),
}

# English given and family names that are also ordinary words (flowers, seasons, trades, birds, weather).
ENGLISH_WORDS = _group(
    "Sterling Mason Hunter Sky Storm River Cliff Dale Glen Heath Rocky Rusty Sandy Wade Chase Cole Drew "
    "Grant Lance Miles Pierce Reed Forrest Sage Archer Chance Duke Knight Colt Ace Bishop Major",
    "Ivy Hazel Summer Autumn Dawn Faith Hope Joy Amber Crystal Ruby Pearl Holly Heather Daisy Lily Rose Iris "
    "Violet Jasmine Misty Melody Honey Ginger Penny Cherry Destiny Willow Raven Wren Sunny Star Meadow",
    "Cook Baker Bird Lamb Frost Winter Rivers Fox Wolf Hill Stone Wood Marsh Field Snow Moss Bush Park Lake "
    "Bell Church Chambers Mills Banks Carpenter Turner Fisher Shepherd Miller Butcher Potter Weaver Glass "
    "Steel Gold Silver Sharp Strong Swift Wise Little Small Dove Crane Swan Finch Sparrow Hawk Nightingale "
    "Cotton Barley Fair King Castle Waters Brooks Ford Bridges Gates Hall Sands Green Black White",
)

# Names in their own script (given, family) for groups whose people often write it on forms and in messages.
NATIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "punjabi": (
        tuple(
            [
                "ਹਰਪ੍ਰੀਤ",
                "ਗੁਰਪ੍ਰੀਤ",
                "ਮਨਜੀਤ",
                "ਜਸਵਿੰਦਰ",
                "ਸੁਖਵਿੰਦਰ",
                "ਬਲਜੀਤ",
                "ਅਮਨਦੀਪ",
                "ਕੁਲਦੀਪ",
                "ਰਾਜਿੰਦਰ",
                "ਪਰਮਜੀਤ",
                "ਸਿਮਰਨ",
                "ਮਨਪ੍ਰੀਤ",
            ]
        ),
        tuple(["ਸੰਧੂ", "ਗਿੱਲ", "ਢਿੱਲੋਂ", "ਗਰੇਵਾਲ", "ਬਰਾੜ", "ਸਿੱਧੂ", "ਮਾਨ", "ਬੈਂਸ", "ਚੀਮਾ", "ਰੰਧਾਵਾ"]),
    ),
    "tamil": (
        tuple(["முருகன்", "செல்வி", "கண்ணன்", "லட்சுமி", "ராஜேஷ்", "பிரியா", "சுரேஷ்", "மீனா", "கார்த்திக்", "தேவி"]),
        tuple(["சுப்பிரமணியம்", "ராமசாமி", "கிருஷ்ணன்", "வேலு", "சிவகுமார்", "நடராஜன்", "அருணாசலம்", "தங்கராஜ்"]),
    ),
    "bengali": (
        tuple(["রহিম", "ফাতেমা", "সুমন", "নাসরিন", "আনোয়ার", "রুমা", "তানভীর", "শাহানা", "দেবাশীষ", "মৌসুমী"]),
        tuple(["চৌধুরী", "রহমান", "হোসেন", "ইসলাম", "আহমেদ", "মুখার্জি", "সরকার", "বিশ্বাস"]),
    ),
    "cantonese": (
        tuple(["大文", "美玲", "志明", "嘉欣", "家豪", "慧敏", "偉強", "詠詩", "國輝", "淑芬"]),
        tuple(["陳", "黃", "張", "梁", "劉", "林", "鄭", "楊", "周", "曾"]),
    ),
    "japanese": (
        tuple(["翔太", "陽子", "健一", "美咲", "大輔", "恵子", "拓也", "由美", "直子", "和夫"]),
        tuple(["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"]),
    ),
    "jewish": (
        tuple(["יוסף", "שרה", "דוד", "רבקה", "משה", "לאה", "אברהם", "מרים", "יצחק", "חנה"]),
        tuple(["כהן", "לוי", "פרידמן", "גולדברג", "שפירא", "רוזנברג", "ברגר", "מזרחי", "פרץ"]),
    ),
    "lebanese": (
        tuple(["جورج", "نادين", "إيلي", "ريم", "خالد", "ليلى", "سامر", "رنا", "طارق", "هبة"]),
        tuple(["حداد", "خوري", "عون", "سعادة", "نجار", "نصار", "معلوف"]),
    ),
    "syrian": (
        tuple(["محمد", "فاطمة", "عمار", "رشا", "حسان", "لمى", "وائل", "بشرى", "ماهر", "سوسن"]),
        tuple(["الحلبي", "الشامي", "قباني", "درويش", "قصاب", "الخطيب"]),
    ),
    "iranian": (
        tuple(["علی", "مریم", "رضا", "زهرا", "حسین", "نازنین", "مهدی", "فاطمه", "امیر", "شیرین"]),
        tuple(["محمدی", "حسینی", "رضایی", "احمدی", "کریمی", "موسوی", "جعفری", "صادقی", "تهرانی", "رحیمی"]),
    ),
    "afghan": (
        tuple(["احمد", "فریبا", "نجیب", "ملالی", "حمید", "زرغونه", "شکیلا", "عبدالله", "گلالی", "وحید"]),
        tuple(["پوپلزی", "احمدزی", "کاکړ", "نوری", "صافی", "وردک", "حکیمی", "رحمانی", "امیری"]),
    ),
    "sri_lankan": (
        tuple(["නිමල්", "කුමාරි", "සුනිල්", "චමරි", "රුවන්", "කසුන්", "නදීෂා", "ලහිරු", "තිලිණි"]),
        tuple(["පෙරේරා", "සිල්වා", "ජයසූරිය", "බණ්ඩාර", "දිසානායක", "ගුණවර්ධන", "හේරත්", "රත්නායක"]),
    ),
}
