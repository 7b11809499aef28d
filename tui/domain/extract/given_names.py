"""Given names that news text almost always uses for one sex: a weak clue for "he" and "she".

Names used for both sexes (Alex, Andrea, Jean, Kim, Nicola, Robin, Sasha, Yuki, ...) are in neither set.
"""

MALE = frozenset("""
Aaron Abbas Abdallah Abdel Abdelaziz Abdi Abdul Abdulaziz Abdullah Abdullahi Abhishek Abhisit Abiy Adam Adel
Aditya Adrian Agus Ahmad Ahmed Ahmet Aidan Ajay Ajit Akhilesh Akihito Alain Alan Alassane Alastair Albert
Alberto Alejandro Aleksandar Aleksandr Alessandro Alexander Alexei Alexey Alfonso Alfred Alireza Alistair
Álvaro Amadou Amir Amit Amitabh Amr Anand Anatoly Anders Andrei Andrej Andrés Andrew Andriy Andrzej Andy Ángel
Angus Anies Anil Ante Anthony Antoine Antonio António Antti Anura Anutin Anwar Archie Arda Arjen Arjun Armin
Arnaud Arthur Arun Arvind Ashok Ashraf Asif Atiku Austin Avi Avigdor Avraham Ayman Babar Babatunde Bambang
Barack Barry Bart Bartosz Bashar Bassam Ben Benigno Benjamin Benny Benoît Bernard Bidzina Bilal Bilawal Bill
Billy Binali Bjarni Björn Bjørn Bob Bobby Bongani Boris Boyko Brad Brandon Brendan Brett Brian Bruce Bruno
Bryan Budi Bülent Burak Callum Carl Carlo Carlos Cătălin Cathal Charles Chinua Christian Christophe
Christopher Christos Chung-hee Cian Ciarán Claudio Clément Clive Colin Colm Connor Conor Cormac Craig
Cristiano Curtis Cyril Dae-jung Dafydd Daisuke Damian Daniel Danny Dario Darren Dave David Deepak Denis Dennis
Derek Dermot Desmond Devendra Devlet Diarmuid Didier Diego Dieter Dimitris Dirk Dmitri Dmitry Dmytro Dominic
Donal Donald Douglas Dragan Duncan Dũng Dušan Dwight Dylan Eamon Éamon Ebrahim Edi Édouard Eduardo Edward
Edwin Ehud Eitan Ekrem Elijah Elliot Elon Emeka Emilio Emlyn Emmanuel Emmerson Emre Enda Enrico Enrique Eoin
Eric Éric Erik Ethan Ewan Fabio Fábio Fadi Fahd Faisal Farhad Fatih Federico Felipe Ferdinand Ferenc Fergal
Fernando Fionn Florin Fouad Francesco Francis Francisco Franco François Frank Frank-Walter Fraser Frédéric
Frederick Fredrik Friedrich Fumio Gábor Gamal Ganjar Gareth Gary Gautam Gavin Geert Gennady Geoffrey George
Georgios Geraint Gerald Geraldo Gérard Gerhard Gheorghe Gianluca Gianni Giannis Gibran Gideon Gilad Gilles
Giorgio Giorgos Giovanni Gitanas Giulio Giuseppe Gonzalo Goodluck Goran Gordon Gotabaya Graham Greg Gregory
Grzegorz Guðni Guilherme Guillaume Guillermo Gunnar Günter Gustav Gustavo Haakon Habib Haile Haim Hakan Hamad
Hamid Hamish Hamza Hani Hans Harald Harold Harry Haruki Harvey Hashim Hassan Heinz Helmut Henk Henri Henrik
Henrique Henry Hervé Heung-min Heydar Hideki Hiroshi Hisham Horst Hosni Hossein Howard Hugh Hugo Hùng Hüseyin
Hussain Hussein Huw Iain Ian Ibrahim İbrahim Ibrahima Ichiro Ignacio Igor Ilir Imran Ioannis Irakli Isaac
Isaias Ismail István Itamar Ivan Jabulani Jack Jacob Jacques Jae-in Jae-myung Jagmeet Jair Jake Jakub Jamal
James János Jarosław Jason Javad Javed Javier Jean-Claude Jean-Luc Jean-Marie Jean-Michel Jean-Pierre
Jean-Yves Jeff Jeffrey Jens Jeremy Jeroen Jerome Jérôme Jerzy Jesús Jim Jimmy Jiří Joachim João Joaquín Joe
Johan Johannes John Joko Jomo Jón Jonas Jonathan Jong-il Jong-un Joost Jordi Jorge José Joseph Joshua József
Juan Juha Jukka Julien Julio Junichiro Jürgen Justin Kamal Kapil Karel Karim Karl Kassym-Jomart Kees Keir
Keith Kemal Kenenisa Kenji Kenneth Kevin Kgalema Khaled Khalid Khalil Ki-moon Kieran Kirill Kjell Klaus Knut
Kofi Koji Konstantin Kostas Krzysztof Kwaku Kwame Kwasi Kyle Kyriakos Ladislav Larry Lars László Laurent
Lawrence Lech Leif Leo Leonard Leonid Lewis Liam Lorenzo Louis Luca Luigi Luis Luís Luiz Luka Lukas Łukasz
Luke Maarten Maciej Macky Magnus Mahathir Mahendra Mahinda Mahmoud Malcolm Mamadou Manfred Manmohan Manny
Mansour Manuel Marcel Marcelo Marcin Marco Marek Mariano Mario Mark Marko Markus Martin Marwan Masahiro Masoud
Massimo Mateusz Matteo Matthew Matthias Maurizio Maxim Mehdi Mehmet Meles Mesut Michael Michał Micheál Michel
Miguel Mihai Mikael Mike Mikhail Mikheil Mikko Milorad Miloš Mircea Mitch Mitt Mmusi Mohamed Mohammad Mohammed
Mohsen Mojtaba Moo-hyun Morten Morteza Moshe Moussa Muhammad Muhammadu Muhyiddin Mukesh Muqtada Murat Mustafa
Mwai Mykola Myung-bak Nabil Naftali Najib Naoki Narendra Naruhito Nasser Nathan Nawaz Nayef Neil Nemanja Niall
Nicholas Nicolae Nicolas Nicolás Nigel Nikolai Nikos Nils Nitin Nitish Nnamdi Noah Noel Norbert Novak Nuno
Nursultan Ofer Olaf Ólafur Olav Oleg Oleksandr Oleksiy Oliver Olivier Olof Olusegun Omar Ömer Ondřej Oren
Osama Osamu Oscar Óscar Ousmane Owain Owen Pablo Padraig Pádraig Panagiotis Paolo Pascal Patrick Paul Paulo
Pavel Pavlo Paweł Pedro Pekka Pervez Peter Péter Petr Petro Philip Philipp Philippe Phillip Phúc Pierre Pieter
Pietro Piotr Piran Piyush Prabowo Prayut Qasem Qassem Radosław Radu Rafael Rafał Rahul Raila Rainer Rajesh
Rajiv Rajnath Ralph Ramesh Rami Ramón Ranil Ratan Raúl Raymond Recep Reinhard Renato Reza Rhodri Rhys Ricardo
Riccardo Richard Rishi Robert Roberto Rodney Rodrigo Roger Rohit Ron Ronald Ronaldo Ronan Rory Ross Roy
Ruhollah Rui Rumen Ruslan Russell Ruud Ryan Saad Sachin Saeed Sajith Salah Saleh Salman Salvatore Sami Samir
Samuel Sándor Sanjay Santiago Satoshi Sauli Scott Sean Seán Sebastian Sebastián Sébastien Selahattin Sergei
Sergey Sergio Sérgio Serhiy Shahbaz Shahid Shakib Shane Shashi Shaul Shavkat Shehbaz Shigeru Shimon Shinji
Shinjiro Shinzo Shlomo Shoaib Shohei Sigmar Sigurður Silvio Simon Sipho Slobodan Somchai Søren Sourav Srettha
Stanley Stavros Stefan Stefano Stefanos Steffen Stéphane Stephen Steve Steven Stewart Stuart Suharto Suk-yeol
Sukarno Süleyman Sunil Suresh Susilo Sven Tadhg Takashi Takeshi Tamás Tamim Taras Tarek Tariq Tarique Taro
Tayyip Ted Tewodros Thabo Thaksin Themba Theodore Thiago Thierry Thomas Thorsten Tiago Tigran Timo Timothy
Tobias Todd Tom Tomás Tomáš Tomasz Tomislav Tony Toomas Traian Trevor Tristan Trọng Tuấn Tunde Tyler Uddhav
Uğur Uhuru Ulf Ulrich Umberto Uri Uwe Václav Valery Vasile Vasilis Vasyl Vicente Victor Víctor Vijay Vikram
Viktor Vincent Vincenzo Vinícius Virat Vitali Vitaly Vittorio Vivek Vladimir Vladimír Volkan Volker Volodymyr
Vyacheslav Vytautas Walid Walter Waqar Warren Wasim Wayne Werner William Wim Wojciech Wolfgang Wopke Xavi
Xavier Yaakov Yahya Yair Yakubu Yanis Yasser Yaw Yevgeny Yiannis Yitzhak Yoav Yonatan Yosef Yoshihide Yossi
Yousef Youssef Yoweri Yukio Yuriy Yury Yusuf Yusuke Yuvraj Yves Zayed Zbigniew Zdeněk Željko Ziad Zlatan
Zoltán Zoran Zulfikar
Joaquim Filippo Mateo Teodoro Idris Ramon Ivo Nikolaos Lucas Afonso Kwabena Obinna Segun Ravi Rohan Aleksander Jiri Bogdan
""".split())

FEMALE = frozenset("""
Abena Abigail Ada Adele Adina Adriana Adwoa Agnes Agnès Ágnes Agnieszka Agustina Aigerim Aikaterini Aiko
Ainhoa Aino Aisha Aishwarya Aisling Akiko Akua Alejandra Aleksandra Alena Alessandra Alia Alice Alicia Alina
Alison Alla Allison Almaz Ama Amalia Amanda Amber Amelia Amélie Amina Aminata Amy Ana Anastasia Anca Andreea
Angela Ángela Angeliki Angelina Angharad Anikó Anjali Anke Ann Anna Annalena Anne Anne-Marie Annegret
Annemarie Annie Annika Anouk Antje Antonella Anushka Aoife Åsa Asha Aslı Asma Astrid Athina Audrey Aurélie Awa
Ayelet Ayşe Ayu Azadeh Azizah Barbara Bärbel Barbora Beata Beatrice Beatriz Begoña Bella Benazir Bernadette
Beth Bethan Bethany Betty Beverley Biljana Birgit Birgitta Björk Bożena Brenda Bridget Brigitte Britta
Brittany Burcu Bushra Büşra Caitlin Camila Camilla Canan Caoimhe Carla Carmen Carolina Caroline Carolyn Carys
Catalina Catarina Caterina Catherine Cathy Catriona Cécile Cerys Chandrika Chantal Charlotte Chelsea Cheryl
Chiara Chimamanda Chioma Chloe Christiane Christina Christine Ciara Claire Clara Clare Claudia Cláudia
Clémence Clodagh Colette Colleen Consuelo Corazon Corina Cristina Cynthia Dafna Dagmar Daisy Dalia Daniela
Danielle Danuta Daria Darya Debbie Deborah Debra Deepika Deirdre Delphine Demelza Denise Derartu Desislava
Despina Diana Diane Dilek Dilma Dimitra Dina Dolores Donatella Donna Doris Dorota Dorothy Dragana Droupadi
Ebba Ebru Ecaterina Edith Efrat Eileen Eilidh Eirini Ekaterina Elaine Eleanor Elena Eleni Elif Elin Elina
Elisa Élisabeth Elisabetta Élise Elizabeth Elke Ella Ellen Ellie Élodie Elżbieta Émilie Emily Emine Emma
Emmanuelle Erica Erna Erzsébet Esperanza Esra Esther Eszter Eva Éva Evelyn Ewa Fatemeh Fatima Fátima Fatimah
Fatma Fatou Fatoumata Federica Felicity Femke Fernanda Ffion Fiona Florence Florencia Folake Frances Francesca
Françoise Franziska Frauke Frida Friederike Fumiko Funmilayo Gabriela Gabrielle Galina Gayatri Geeta Gemma
Geneviève Georgia Georgina Geraldine Geun-hye Ghada Gianna Gillian Giorgia Giovanna Gisela Giulia Gloria Golda
Gordana Graça Grace Gráinne Grażyna Greta Gudrun Guðrún Gulnara Gülşen Hadas Hadiza Hala Halina Halla Halyna
Hana Hanan Hannah Hanne Hannelore Harini Harmanpreet Harriet Haruka Hasina Hatice Hazel Heather Heba Heidi
Heike Helen Helena Helene Hélène Helle Hiba Hidilyn Hilde Hildegard Hillary Hina Hodan Holly Huda Hülya Hương
Iga Ilaria Ildikó Ileana Ilse Ilze Imelda Imogen Indira Inés Inês Inger Ingibjörg Ingrid Ingrida Inmaculada
Inna Ioana Ioanna Irene Irina Iryna Isabel Isabella Isabelle Isla Ivana Iveta Iwona Jacqueline Jadranka
Jadwiga Jamila Jana Jane Janet Janice Jasmine Jayalalithaa Jeanne Jelena Jennifer Jenny Jessica Jill Jimena
Joana Joanna Joanne Johanna Jóhanna Jolanta Josefina Josephine Joyce Judit Judith Judy Julia Juliana Julie
Juliet Juliette Junko Justyna Kaisa Kaja Kajsa Kamala Kangana Kaori Kareena Karen Karin Katalin Katarína
Katarzyna Kate Katerina Kateřina Kateryna Katherine Kathleen Kathryn Kathy Katie Katja Katrin Katrín Kavita
Keiko Keon-hee Keren Kerenza Kersti Kerstin Khadija Khaleda Khofifah Kirsten Kirsty Kolinda Kristalina Kristen
Kristin Kristrún Krisztina Krystyna Ksenia Kylie Kyung-wha Laetitia Laila Lamia Larisa Larissa Lata Latifa
Laura Lauren Layla Léa Leah Leila Leire Lena Leni Lenka Leonor Letícia Letizia Lieke Liesbeth Lily Lina Linda
Lindiwe Linnea Lisa Liz Ljiljana Lorraine Louise Loujain Lourdes Lowenna Lowri Lubna Lucia Lucía Luciana Lucie
Lucy Luisa Lydia Lyudmila Lyudmyla Macarena Madeleine Madhuri Madison Maeve Magdalena Maggie Maha Mahira Mahsa
Mai Máire Mairéad Malala Małgorzata Malin Mamata Manal Manon Manuela Margaret Margareta Margaux Margot
Marguerite Maria María Mariam Mariama Mariana Marianne Marie Marie-Claire Marie-France Marieke Marija Mariko
Marilyn Marina Marisol Marit Mariya Marja Marjorie Markéta Marlene Marta Martha Martina Martine Mary Maryam
Marzena Masako Masih Mathilde Maureen Máxima Mayawati Mayumi Meera Megan Megawati Meghan Megumi Melanie
Melissa Meltem Meral Merav Mercedes Merve Mette Mhairi Michèle Michelle Michiko Mieke Mihaela Milagros Milica
Minna Miranda Miriam Mirjana Molly Mona Monica Mónica Monika Monique Montserrat Morag Morwenna Naama Nabila
Nadezhda Nadia Nadine Najwa Naledi Nancy Naoko Naomi Narges Nasrin Natalia Natalie Nataliya Natalya Natasha
Nathalie Nawal Nazanin Neda Neha Ngân Ngozi Niamh Nicole Nikki Niloufar Nina Nirmala Njeri Nkosazana Noémie
Nora Noriko Noura Nuala Nuria Núria Oana Oksana Olena Olga Olivia Oprah Orit Orla Orly Ornella Orsolya Özlem
Paetongtarn Päivi Paloma Pamela Paola Parisa Parveen Pascale Patricia Patrícia Patrizia Paula Pauline Penelope
Pernille Petra Philippa Phoebe Phumzile Pilar Pınar Polina Pooja Pratibha Priya Priyanka Puan Putri Rachel
Rachida Radha Raffaella Raluca Rania Raquel Rasha Rashida Ratna Rebecca Reem Reiko Réka Rekha Renata Renate
Retno Rhiannon Ricarda Riikka Rima Rita Rivka Roberta Rocío Rodica Róisín Ronit Rosa Rose Rosemary Rosmah
Roxana Roya Ruby Rūta Ruth Sabine Sachiko Sahle-Work Sahra Saima Sally Salma Salome Samantha Samia Samira Sana
Sanae Sandra Sandrine Sania Sanna Sanne Saoirse Sara Sarah Sarit Saskia Satu Ségolène Selin Sepideh Serena
Shabana Sharon Shazia Sheikha Sheila Shira Shirin Shirley Shreya Siân Sibel Sigrid Sigríður Silke Silvia
Simona Sinead Sinéad Siobhan Siobhán Sirikit Siti Siv Smriti Snežana Sofía Soledad Solveig Sonia Sophia Sophie
Soraya Souad Stefania Steinunn Stella Stephanie Sudarat Suha Sunita Supriya Susan Susana Susanne Sushma
Suzanne Svenja Svetlana Sylvia Sylvie Tali Tamar Tamara Tamsin Tansu Tanya Tarja Taslima Tatiana Tatyana
Teresa Tereza Thaís Thandiwe Thảo Theodora Theresa Þóra Þorgerður Thủy Tiffany Tigist Tina Tirunesh Tomoko
Tove Tracey Trang Tsitsi Tuğba Tzipi Ulrika Ulrike Ursula Urszula Usha Ute Uzma Valentina Valentyna Valeria
Valerie Valérie Vandana Vanessa Vasiliki Vera Věra Veronica Verónica Véronique Vesna Victoria Vigdís Viktoria
Violet Viorica Virginia Virginie Vjosa Wafa Wanda Wangari Wanjiku Wendy Whitney Wiebke Winnie Wisława Ximena
Yaa Yael Yana Yara Yasemin Yasmin Yasmine Yekaterina Yelena Yenny Yeon-koung Yetunde Yingluck Yo-jong Yoko
Yōko Yolanda Yoshiko Yukiko Yulia Yuliya Yumiko Yuriko Yvette Yvonne Zahra Zainab Zeinab Zeynep Zoe Zoë Zofia
Zoya Zsuzsanna Zuzana
Ines Amália Leticia Freya Mei Ananya Nandini Chiamaka Adaeze Akosua Efua Katarina Bettina Teodora
""".split())
