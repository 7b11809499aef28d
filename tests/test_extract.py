"""Tests of the extraction engine: the seed article, each attribution and figure style, dates, summary."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tui.domain.article_file import read_article_file
from tui.domain.extract import extract
from tui.domain.extract import figures, people, quotes, scan
from tui.domain.extract.figures import _FIGURE, _anchors
from tui.domain.extract.scan import ArticleWords, WordList, anchored_finditer, find_words
from tui.domain.extract.sentences import split_sentences
from tui.eval import EVAL_DIR, evaluate

SEED = Path(__file__).parent.parent.parent / "shared" / "seeds" / "000_66f7436b48eaf057.txt"


def quotes_of(text: str, published: str = "2025-03-18") -> list[tuple[str, str, str, bool]]:
    return [(q.text, q.speaker, q.role, q.partial) for q in extract(text, published=published).quotes]


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is beside the repository")
def test_the_seed_article_comes_out_right() -> None:
    article = read_article_file(SEED)
    result = extract(article.body, title=article.title, published="2025-07-28")
    quotes = [(q.text.rstrip("."), q.speaker, q.partial) for q in result.quotes]
    assert quotes == [
        ("definitely ready to expand cooperation with Iran in all areas", "Dmitry Peskov", True),
        ("Our relations are developing very dynamically", "Dmitry Peskov", False),
        ("excessive pressure", "Dmitry Peskov", True),
        ("very complicated", "Dmitry Peskov", True),
        ("obliterating", "Trump", True),
        ("keep dreaming", "Khamenei", True),
    ]
    assert result.quotes[1].role == "Kremlin spokesman"
    assert result.quotes[1].sentence.startswith("“Our relations are developing very dynamically,” he said")
    figures = {f.value: f for f in result.figures}
    assert "$25-billion" in figures and "nuclear power" in figures["$25-billion"].measures
    assert "four new nuclear power plants" in figures and "hundreds of Shahed drones" in figures
    assert figures["$25-billion"].key
    assert [(d.text, d.iso) for d in result.dates] == [
        ("Monday", "2025-07-28"), ("last month", "2025-06"), ("January", "2025-01")]  # "their January ... agreement"
    assert result.summary[0].startswith("In a clear signal of deepening geopolitical alignment")


@pytest.mark.parametrize(("text", "expected"), [
    ('Kremlin spokesman Dmitry Peskov spoke on Monday. "We are ready," Peskov said.',
     [("We are ready", "Dmitry Peskov", "Kremlin spokesman", False)]),
    ('Maria Lopez, the port director, spoke. “It is over,” she said, “and we won.”',
     [("It is over and we won.", "Maria Lopez", "port director", False)]),
    ('Energy Minister Ana Ruiz said: “The plan works.”',
     [("The plan works.", "Ana Ruiz", "Energy Minister", False)]),
    ('“Costs will fall,” said Dr. Omar Haddad, an economist at Delta Bank.',
     [("Costs will fall", "Omar Haddad", "economist at Delta Bank", False)]),
    ('Activist Lena Berg warned that the scheme was "playing with fire" for the town.',
     [("playing with fire", "Lena Berg", "Activist", True)]),
    ('The club\'s president, Federico Santin, said the vote mattered. "We waited too long," the president said.',
     [("We waited too long", "Federico Santin", "club's president", False)]),
    ('The ministry published "Water for the Atom", a study, in March.', []),
    # After the quotation: capitalised words or an acronym before the role and the name.
    ('"We are ready to talk," Kremlin spokesman Dmitry Peskov said.',
     [("We are ready to talk", "Dmitry Peskov", "Kremlin spokesman", False)]),
    ('"This is a breakthrough," WHO Director-General Tedros Adhanom Ghebreyesus told a news conference.',
     [("This is a breakthrough", "Tedros Adhanom Ghebreyesus", "WHO Director-General", False)]),
    ('"Nobody wins a war," UN Secretary-General Antonio Guterres said. "Nobody ever does."',
     [("Nobody wins a war", "Antonio Guterres", "UN Secretary-General", False),
      ("Nobody ever does.", "Antonio Guterres", "UN Secretary-General", False)]),
    ('"We will not move," Kremlin officials said.', [("We will not move", "", "", False)]),
    # Agency titles ("Gov.", "Sen."), and where someone is from after the name.
    ('Gov. Gavin Newsom of California called it "a failure of basic decency." "Fires do not check '
     'party registration," he said.',
     [("a failure of basic decency.", "Gavin Newsom", "Governor", True),
      ("Fires do not check party registration", "Gavin Newsom", "Governor", False)]),
    ('Republican Sen. Ted Cruz objected. "This bill is a mess from start to finish," Cruz said.',
     [("This bill is a mess from start to finish", "Ted Cruz", "Republican Senator", False)]),
    ('Chief Daniel Ortega spoke. "We are running out of money," said Chief Daniel Ortega of the Sonoma County '
     'Fire District.', [("We are running out of money", "Daniel Ortega", "Chief", False)]),
    # A spokesperson after the verb: the whole organisation, capitalised or not.
    ('"Rates will stay where they are," said a spokesman for Royal Bank of Canada.',
     [("Rates will stay where they are", "Royal Bank of Canada", "", False)]),
    ('"The museum will reopen in May," said a spokeswoman for the culture department on Monday.',
     [("The museum will reopen in May", "culture department", "", False)]),
    # A role with its own words before the comma and the name; then "she" is that person.
    ('A spokeswoman for the employers\' association, Marieke Jansen, said the offer was "generous". '
     '"Every day costs us," she told reporters.',
     [("generous", "Marieke Jansen", "spokeswoman for the employers' association", True),
      ("Every day costs us", "Marieke Jansen", "spokeswoman for the employers' association", False)]),
    ('“They told us ‘wait’, so we waited,” said farmer Jon Hale.',
     [("They told us ‘wait’, so we waited", "Jon Hale", "farmer", False)]),
    # "she" is whoever was named last, not the last speaker.
    ('“We won,” said Federico Santin, the club president. Councillor Giulia Ferraro disagreed.\n'
     '“It is a gift of public land,” she said.',
     [("We won", "Federico Santin", "club president", False),
      ("It is a gift of public land", "Giulia Ferraro", "Councillor", False)]),
    # "he" skips someone the text calls "her".
    ('Marisol Ortega, a former treasurer, won. Gov. Richard Haines conceded. Haines said he had called Ortega '
     'to congratulate her. “She won fairly,” he said.',
     [("She won fairly", "Richard Haines", "Governor", False)]),
    # "the company" is the organisation named last, by its short name.
    ('The union and Northern Lines met. Northern Lines said it would not move. '
     '“Our offer is final,” the company said.',
     [("Our offer is final", "Northern Lines", "", False)]),
    # A long title before the name; a department after the role.
    ('“Work starts now,” Defence Procurement Minister Rachel Osei told reporters. '
     '“It is a vote of confidence,” said Minister for Energy Conor Whelan.',
     [("Work starts now", "Rachel Osei", "Defence Procurement Minister", False),
      ("It is a vote of confidence", "Conor Whelan", "Minister for Energy", False)]),
    # A quote paragraph introduced by "wrote:" in the paragraph before.
    ('In a note to clients, Daniel Yoon, chief economist at Castellan, wrote:\n“Tails like this used to be rare.”',
     [("Tails like this used to be rare.", "Daniel Yoon", "chief economist at Castellan", False)]),
    # What "said it" is an organisation: "the company" is Dashly, not the court named before.
    ('The Supreme Court ruled against it. Dashly said it was studying the ruling. '
     '“We respect the decision,” the company said.',
     [("We respect the decision", "Dashly", "", False)]),
    # An unnamed spokeswoman speaks for her organisation; a relative clause names no one else.
    ('“This is a matter for the trustees,” a spokeswoman for the culture department said. '
     '“Nothing is off the table,” said Captain Sara Lindholm, who chairs the council at the Nordic Union.',
     [("This is a matter for the trustees", "culture department", "", False),
      ("Nothing is off the table", "Sara Lindholm", "Captain", False)]),
    ('Writing for the majority, Justice Maria Ortiz said the firm controlled "almost every aspect" of the work.',
     [("almost every aspect", "Maria Ortiz", "Justice", True)]),
    # "he" after a sentence naming two men is its subject's.
    ("City's manager, Marco Ruiz, brought on the striker Leo Grant in the 80th minute. "
     '“Leo gives you madness,” he said. Grant scored twice.',
     [("Leo gives you madness", "Marco Ruiz", "City's manager", False)]),
    # A nickname is not a quote; a description by a named person is.
    ('Traders have nicknamed the selloff the "deficit tantrum". Critic Marcus Lindqvist called the response '
     '"late and timid".',
     [("late and timid", "Marcus Lindqvist", "Critic", True)]),
    # An unnamed source is the description the text gives, also as "the officer" later.
    ('A senior air force officer, who spoke on condition of anonymity, said stocks were low. '
     '"We choose every night which district to protect," the officer said.',
     [("We choose every night which district to protect", "senior air force officer", "", False)]),
    # "Mr" and "Ms" tell apart two people who share a surname.
    ('Owen Pryce, a dairy farmer, and his sister Bethan Pryce run the farm. "It stinks," said Mr Pryce. '
     'Ms Pryce films the outfall. "That is not farm run-off," she says.',
     [("It stinks", "Owen Pryce", "dairy farmer", False),
      ("That is not farm run-off", "Bethan Pryce", "his sister", False)]),
    # A first name alone is the full name it opened; "he" continues the "He" of the sentence before.
    ('Once a month, Marisol Quispe Huamán counts her seeds. Marisol, 51, is a guardian. '
     '"Every basket is somebody," Marisol says.\n'
     'Council member Ray Benavides voted yes. He said the chief had answered him. "I came in a no," he said.',
     [("Every basket is somebody", "Marisol Quispe Huamán", "", False),
      ("I came in a no", "Ray Benavides", "Council member", False)]),
    # A given name tells "he" from "she" when the text does not.
    ('Under cross-examination by the barrister, Marcus Adeyinka, the deckhand Kerenza Trewin was calm. '
     '"You never told him, did you?" he asked.',
     [("You never told him, did you?", "Marcus Adeyinka", "barrister", False)]),
    # A document speaks for whoever issued it; a team by who leads it.
    ('The Diocese of Kennet, which owns the building, wrote to parents. "We share the sadness," the letter reads. '
     'A team led by Haruka Ishikawa published the study. "The cable was there," the team wrote.',
     [("We share the sadness", "Diocese of Kennet", "", False),
      ("The cable was there", "team led by Haruka Ishikawa", "", False)]),
    # A quote introduced after it, mid-paragraph; titles and post-nominals are not names.
    ('Hospitals are full. "We have nurses on plastic chairs." Those were the words of Dr Layla al-Khatib, a '
     'consultant. "It was a decision," said Sir Howard Blenkinsop-Rae, chairman of the trust.',
     [("We have nurses on plastic chairs.", "Layla al-Khatib", "consultant", False),
      ("It was a decision", "Howard Blenkinsop-Rae", "chairman of the trust", False)]),
    # Someone introduced by what they do, then quoted by pronoun; a first name alone later; an age
    # between a name and its role; a spokeswoman whose organisation is described in passing.
    ('Wanjiku Mwangi sells noodles by the harbour. "The tide comes in twice a day," she said. '
     'Tomas Varga, 47, a welder at the yard, shrugged. "We build higher," the welder said.\n'
     'Rosalind Achebe-Moor repairs nets. Rosalind learnt from her aunt. "Nets are patience," she says.\n'
     'A spokeswoman for Kalder Marine Holdings, which owns the yard, said costs had risen. "We are listening," she said.',
     [("The tide comes in twice a day", "Wanjiku Mwangi", "", False),
      ("We build higher", "Tomas Varga", "welder at the yard", False),
      ("Nets are patience", "Rosalind Achebe-Moor", "", False),
      ("We are listening", "Kalder Marine Holdings", "", False)]),
    # An auxiliary between who and the verb; a title the text later turns into a role noun.
    ('Gen. Idris Kalloway, who runs the logistics command, spoke first. Sen. Mara Quist asked about costs. '
     'The general told reporters the review would end in May. "We will know by then," he said. '
     '"The budget is fine," he had written to the committee a year earlier.',
     [("We will know by then", "Idris Kalloway", "General", False),
      ("The budget is fine", "Idris Kalloway", "General", False)]),
    # "The Norrby coach" is the one whose role names Norrby; "He said ..." carries "he" over the
    # paragraph break; '"A," he said. "B."' is his even when B names someone else.
    ("Norrby's veteran coach, Anders Kjeldsen, faced Vallen's coach, Tomasz Wilk. The captain, Erik Holm, "
     "was sent off. The Norrby coach was not amused. He said Holm would be dropped.\n"
     '"Erik knows the rules," he said. "Erik will sit in the stand on Saturday."',
     [("Erik knows the rules", "Anders Kjeldsen", "Norrby's veteran coach", False),
      ("Erik will sit in the stand on Saturday.", "Anders Kjeldsen", "Norrby's veteran coach", False)]),
    # An obituary: once a paragraph goes back to "She" without a name, "she" is who it is about.
    ("Hanne Solberg-Vik, the painter, died on Monday. Solberg-Vik painted the fjords for 60 years. "
     "Solberg-Vik never sold a canvas she liked.\n"
     "The culture minister, Ingrid Dahl, called her a national treasure.\n"
     "She won the Aurland Prize in 1988 and refused a knighthood in 1990.\n"
     '"I paint what is left when the tourists go," she said in 2015.',
     [("I paint what is left when the tourists go", "Hanne Solberg-Vik", "painter", False)]),
    # A country before a name is not part of it; "had already told ... :" leads into the next
    # paragraph; someone who opens the sentence before a bare quotation speaks it.
    ("Kenya's Wanjiru Kamau beat Norway's Ingrid Lunde in the final. Kamau had already told her coach "
     "what she would say:\n"
     '"I came here to win, not to be brave."\n'
     'Lunde packed her bag slowly. "Next year," she said.\n'
     'Wanjiru Kamau waved to the stand. "This is for my mother."',
     [("I came here to win, not to be brave.", "Wanjiru Kamau", "", False),
      ("Next year", "Ingrid Lunde", "", False),
      ("This is for my mother.", "Wanjiru Kamau", "", False)]),
    # A lead about someone named only later; post-nominals before a role; "A Pentagon spokeswoman"
    # speaks for the Pentagon; the one described as speaking in the sentence before is "she".
    ("A retired engineer from Tralee told an inquiry on Monday that the bridge had been \"cracked for years\".\n"
     "Seamus Ó Briain, a retired engineer who inspected the bridge, gave evidence for two hours. "
     "Prof. Nadia Karimova FRSE, a structural chemist at Leith University, disagreed. "
     '"The concrete was sound," the professor said.\n'
     'A Pentagon spokeswoman said the contract was "under review".\n'
     "Grace Whitlock, 19, and her mother, Helen Whitlock, run the shop. Asked about the sale, the teenager said "
     'she had not decided. It was, she said, "a family matter".',
     [("cracked for years", "Seamus Ó Briain", "retired engineer who inspected the bridge", True),
      ("The concrete was sound", "Nadia Karimova", "structural chemist at Leith University", False),
      ("under review", "Pentagon", "", True),
      ("a family matter", "Grace Whitlock", "", True)]),
    # A court report's "the accused" is whoever the text says is charged; "a government spokesperson"
    # is the government, not the hospital named before.
    ("Aled Pritchard, a former bursar, is charged with fraud. The head teacher, Ruth Bevan, gave evidence. "
     "Cross-examined on Friday, the accused said he had repaid the school. Asked why, he said: \"I was ashamed.\"\n"
     'Staff at St Illtyd Hospital were angry. A government spokesperson said the delays were "regrettable".',
     [("I was ashamed.", "Aled Pritchard", "former bursar", False),
      ("regrettable", "government", "", True)]),
    # Vietnamese letters (Latin Extended Additional) are letters of a name.
    ('"We will pay everyone back," said Trần Thị Ngọc Ánh, the founder of Sao Pay. "Every single đồng."',
     [("We will pay everyone back", "Trần Thị Ngọc Ánh", "founder of Sao Pay", False),
      ("Every single đồng.", "Trần Thị Ngọc Ánh", "founder of Sao Pay", False)]),
    # "X, Turkey's biggest maker of ..." is a company however often its first word comes back; a
    # pronoun before a possessive speaks ("He conceded that Vila's foul was ..."); "Asked ..., Name
    # shook his head." before a bare quotation.
    ('Ardent Beyaz Esya, Turkey\'s biggest maker of fridges, cut 900 jobs. Ardent will close a plant. '
     'The chief executive, Deniz Kaya-Oral, was frank. Ardent shares fell. "We moved too late," she said.\n'
     'The coach, Ivo Marsh, was calm. He conceded that Dunn\'s tackle had been "reckless". '
     'Asked about the referee, Marsh shook his head. "He was right."',
     [("We moved too late", "Deniz Kaya-Oral", "chief executive", False),
      ("reckless", "Ivo Marsh", "coach", True),
      ("He was right.", "Ivo Marsh", "coach", False)]),
    # A spokeswoman quoted before she is named is the one named later with that title; a scientist
    # quoted in the lead is the one the next paragraph introduces.
    ('"The ice is thinning," says the scientist who led the study.\n'
     'Liisa Marjamaa, a limnologist at Oulu University, led the team of 14.\n'
     'A spokeswoman for the regional water board said the data were "worrying".\n'
     '"We will act," she said.\n'
     'The spokeswoman, Kaisa Rinne, added that money was short.',
     [("The ice is thinning", "Liisa Marjamaa", "limnologist at Oulu University", False),
      ("worrying", "Kaisa Rinne", "spokeswoman", True),
      ("We will act", "Kaisa Rinne", "spokeswoman", False)]),
    # An unnamed source without commas; an office speaks for its holder; "a statement from the
    # company" for the company; a place before ", where ..." is no person.
    ('Senator Ama Owusu-Bekoe, the committee chair, spoke first. "We will not be rushed," Owusu-Bekoe\'s office '
     'said in a statement. A senior official who asked not to be named said the vote was close. '
     '"It could go either way," the official said.\n'
     'The port operator, Halvorsen Marine Holdings, said its crews were safe. "Our staff come first," a statement '
     'from the company said.\n'
     'Mette Dahl, a nurse, came in 1990. Her family settled in Bergen, where she learned Norwegian from a '
     'landlady. "I was lucky," she said.',
     [("We will not be rushed", "Ama Owusu-Bekoe", "Senator", False),
      ("It could go either way", "senior official", "", False),
      ("Our staff come first", "Halvorsen Marine Holdings", "", False),
      ("I was lucky", "Mette Dahl", "nurse", False)]),
    # An organisation named by its noun speaks a partial quote; a "he" opening the sentence speaks
    # what it later "said"; "but" does not join a speaker's words.
    ('The Orla Trust runs the ferry. The trust said in a statement that it was "seeking new partners". '
     'Jonas Vik, its director, was asked for a date. He declined to give one but said the trust was "confident".',
     [("seeking new partners", "Orla Trust", "", True),
      ("confident", "Jonas Vik", "its director", True)]),
    # Quotations before the one who says them: "The prime minister spoke ...", "Judge X looked up as
    # she spoke"; "the council's statement read"; "She noted that X ..." is hers, not X's.
    ('The vote ended the rule of Prime Minister Arjen Kloos. Voters backed Mila Brandt.\n'
     '"We asked for a second chance." The prime minister spoke after midnight.\n'
     'The Electoral Council said counting would end on Friday. "No seat will change," the council\'s statement read.\n'
     '"You took it from the dying." Judge Hana Moetu looked at the dock as she spoke. A lawyer for Kauri House '
     'said the charity was grateful. She noted that Brandt had been trusted "with every key".',
     [("We asked for a second chance.", "Arjen Kloos", "Prime Minister", False),
      ("No seat will change", "Electoral Council", "", False),
      ("You took it from the dying.", "Hana Moetu", "Judge", False),
      ("with every key", "Hana Moetu", "Judge", True)]),
    # "The line came from X", "Chief executive X, who ..., delivered the line"; "the rights group
    # Clearline" is an organisation; "Floor de Ruiter" is a name, not a floor; "Athletic" a club.
    ('"Your ears deserve a memory." Chief executive Aiko Visser, who founded Siebe, delivered the line on stage.\n'
     '"Rates will rise." The line, repeated twice, came from the governor, Parisa Jahani.\n'
     'Hodan Kok, of the rights group Clearline, objected. Clearline went further, posting: "It is a wiretap."\n'
     'Floor de Ruiter, a freelance interpreter, tried it. Penrhos Athletic lost. "It heard every word," she said.',
     [("Your ears deserve a memory.", "Aiko Visser", "Chief executive", False),
      ("Rates will rise.", "Parisa Jahani", "governor", False),
      ("It is a wiretap.", "Clearline", "", False),
      ("It heard every word", "Floor de Ruiter", "freelance interpreter", False)]),
    # "the Tamil-born author" and "The 44-year-old ... as she spoke" after a quotation; "The speaker,
    # X,"; a chant is no quote; "the Penrhos captain said, adding that ..."; "Asked whether Hoekstra's
    # error ..., he replied" is not Hoekstra's.
    ('The Tamil-born author Vani Selvam won the prize over Rhys Tan.\n'
     '"I wrote it on a payslip." The 44-year-old paused as she spoke.\n'
     'Asked about money, the Tamil-born author laughed. "Not yet," she replied.\n'
     'Protesters chanted "Our sea, not your farm". "We stay." The speaker, Rangi Holt, runs the trust.\n'
     "Penrhos's captain, Stelios Kanos, scored. Nikos Vrettos, the manager, was calm. Asked whether Kanos's miss "
     'cost them, he replied: "No."\n"We gave them a door," the Penrhos captain said, adding that they had "nobody to blame".',
     [("I wrote it on a payslip.", "Vani Selvam", "Tamil-born author", False),
      ("Not yet", "Vani Selvam", "Tamil-born author", False),
      ("We stay.", "Rangi Holt", "speaker", False),
      ("No.", "Nikos Vrettos", "manager", False),
      ("We gave them a door", "Stelios Kanos", "Penrhos's captain", False),
      ("nobody to blame", "Stelios Kanos", "Penrhos's captain", True)]),
    # "The Alemseged family said in a statement ..., the statement said"; a description with
    # capitals after a name ("the Somali-born British Olympian") makes a person.
    ('The Tesfaye family said in a statement that she had died peacefully. "She never ran from anything," '
     'the statement said. "She was ours," the family added.\n'
     'Ayaan Dirie-Holm, the Somali-born British Olympian, posted a picture of Tesfaye. "She was my hero," she wrote.',
     [("She never ran from anything", "Tesfaye family", "", False),
      ("She was ours", "Tesfaye family", "", False),
      ("She was my hero", "Ayaan Dirie-Holm", "Somali-born British Olympian", False)]),
    # US party tags; "voted no. He said" ends a sentence; "With that, X opened the call"; "the
    # Lebanese-born banker"; "The mother spoke"; "a fellow owner said, asking not to be named";
    # an organisation that speaks before a person it names in passing.
    ('Sen. Lorraine Petty, R-Ind., backed it. "We argued for years," she said.\n'
     'Sen. Marc Duval, D-Fla., voted no. He said the formula was wrong. "It hurts cities," he said.\n'
     '"Portugal is the future." With that, the chief executive, Azlan Rashid, opened the call.\n'
     'Karim Nassar advised the bank. "We argued about coffee," the Lebanese-born banker said.\n'
     "Sipho Dube's mother, Thandi Dube, sat quietly. The mother spoke briefly. \"I buried my husband,\" the 64-year-old said.\n"
     '"He said no to them," a fellow owner said, asking not to be named. The Taxi Council, of which Dube was '
     'treasurer, said in a statement that it "condemns this act".',
     [("We argued for years", "Lorraine Petty", "Senator", False),
      ("It hurts cities", "Marc Duval", "Senator", False),
      ("Portugal is the future.", "Azlan Rashid", "chief executive", False),
      ("We argued about coffee", "Karim Nassar", "", False),
      ("I buried my husband", "Thandi Dube", "mother", False),
      ("He said no to them", "fellow owner", "", False),
      ("condemns this act", "Taxi Council", "", True)]),
    # "the 49-year-old said" after a sentence someone opens; "the Lebanese agent"; someone new
    # introduced with what they are after a quotation; "That is how X describes it"; an office
    # before a name; a post said by the person who wrote it.
    ("The club's sporting director, Mario Ferri, admitted the fee hurt Virtus Castel. "
     '"We found a third number," the 49-year-old said.\n'
     'Fadi Karam is his agent. "I thought it was dead," the Lebanese agent said.\n'
     '"There was no heating." Rumana Haque, a pharmacist from Calder, was on the train.\n'
     '"We found something new." That is how Sigrun Holm, a microbiologist, describes it.\n'
     '"He was almost always right." Prime Minister Tina Fonoti spoke on Monday.\n'
     'Davide Marchi wrote on Facebook that he would wait. "We are not a dowry," the post said.',
     [("We found a third number", "Mario Ferri", "club's sporting director", False),
      ("I thought it was dead", "Fadi Karam", "", False),
      ("There was no heating.", "Rumana Haque", "pharmacist from Calder", False),
      ("We found something new.", "Sigrun Holm", "microbiologist", False),
      ("He was almost always right.", "Tina Fonoti", "Prime Minister", False),
      ("We are not a dowry", "Davide Marchi", "", False)]),
    # A place after "in" is no person; "Their association, X," an organisation; "she replied" after
    # a question put to the witness; "X thanked Y for "..."" is X's; company words like Appliances.
    ('Maria Tavares rakes the pans of the Ria Serrana lagoon. The utility has offices in Vila Serrana. '
     'Their association, Marinhas Vivas, objects. "People think salt is just salt," she said.\n'
     'Winifred Ashby, a retired headmistress, was giving evidence. The barrister, Nadia Kareem, put it to the '
     'witness that she had signed the forms. "I signed what he gave me," she replied. In a card, Mrs Ashby '
     'thanked him for "growing my nest egg".\n'
     'Veltro Appliances said on Thursday that profit fell. Veltro buys steel abroad. The chief executive, '
     'Adaeze Okoro, said switching would take "two years".',
     [("People think salt is just salt", "Maria Tavares", "", False),
      ("I signed what he gave me", "Winifred Ashby", "", False),
      ("growing my nest egg", "Winifred Ashby", "", True),
      ("two years", "Adaeze Okoro", "chief executive", True)]),
    # "Asked whether X ..., Y did not hesitate: "..."" is Y's; "The judgment belongs to X"; "the
    # Sarkandi embassy"; "In a statement, the trust said ..." then a paragraph of the statement;
    # an organisation's name with "and" in it.
    ("Lucia Ferro, Valmer's head coach, watched. Obi Nwosu, the wing, was sent off. Asked whether Obi deserved "
     'the card, Ferro did not hesitate: "Yes."\n'
     '"Voters drifted away." The judgment belongs to Selin Aras, who studies elections.\n'
     'The Sarkandi embassy went further. "This is an insult," it said. The embassy said visas would wait '
     '"until further notice" for Zarovian citizens.\n'
     'In a statement, Ashcombe and Wyre Valley Hospitals NHS Trust said it had "no choice".\n'
     '"We value our nurses," the statement said.',
     [("Yes.", "Lucia Ferro", "Valmer's head coach", False),
      ("Voters drifted away.", "Selin Aras", "", False),
      ("This is an insult", "Sarkandi embassy", "", False),
      ("until further notice", "Sarkandi embassy", "", True),
      ("no choice", "Ashcombe and Wyre Valley Hospitals NHS Trust", "", True),
      ("We value our nurses", "Ashcombe and Wyre Valley Hospitals NHS Trust", "", False)]),
    # The role before a name starts after "after", "when", "while" ...
    ('He scored in the 94th minute after City defender Tom Hale handled. "It hit my chest, not my arm," Hale said.',
     [("It hit my chest, not my arm", "Tom Hale", "City defender", False)]),
    # "According to" a role, then the name in commas.
    ('According to the city comptroller, Brad Lander, the contracts were approved "without the bidding the law '
     'requires."', [("without the bidding the law requires.", "Brad Lander", "city comptroller", True)]),
    # A judge or coroner the text never names speaks as what they are; a named one by name.
    ('In a short ruling, the judge found that the ban was "unlawful and disproportionate".',
     [("unlawful and disproportionate", "judge", "", True)]),
    ('Judge Mary Kline heard the case. The judge ruled that the ban was "unlawful and disproportionate".',
     [("unlawful and disproportionate", "Mary Kline", "Judge", True)]),
    ('The jury heard that Smith had been "a model employee".', []),
    # A role's words start after a verb before them ("met union leader Pablo Diaz").
    ('Minister Ana Ruiz met union leader Pablo Diaz. "There will be no more money," he said.',
     [("There will be no more money", "Pablo Diaz", "union leader", False)]),
    # Letters after a name are not a speaker; a place inside a role is not a name.
    ('Sentencing him, Judge Caroline Ashworth KC said he had shown "a breathtaking disregard" for savers.',
     [("a breathtaking disregard", "Caroline Ashworth", "Judge", True)]),
    ('"The door to easing is now wide open," said Sonal Varma, Nomura\'s chief India economist.',
     [("The door to easing is now wide open", "Sonal Varma", "Nomura's chief India economist", False)]),
    # An office "for X", then who holds it, the surname alone later.
    ('EU Commissioner for Fisheries Teodor Malinescu opened the summit. "The reefs cannot wait," Malinescu said.',
     [("The reefs cannot wait", "Teodor Malinescu", "Commissioner for Fisheries", False)]),
    # "House Speaker" is a role.
    ('"The bill passes tonight," House Speaker Dana Whitcombe told reporters.',
     [("The bill passes tonight", "Dana Whitcombe", "House Speaker", False)]),
    # A sports club is an organisation, later called by its own name and "the club": the one the story
    # names most, not the last named.
    (('Dinamo Porvena signed a striker from Sporting Lindell on Friday. Porvena paid a record fee, and Lindell '
      'keep a share of any sale. Porvena had chased him for a year. "He is the forward we needed," the club said.'),
     [("He is the forward we needed", "Dinamo Porvena", "", False)]),
    # "the 24-year-old" is whom the text first called that, though others are named in between.
    (('Ivo Kral joined on Friday for a fee Kral called fair. The 24-year-old scored twice on his debut, both '
      'from crosses by defender Leon Baptiste. "I just ran to the ball," the 24-year-old said.'),
     [("I just ran to the ball", "Ivo Kral", "", False)]),
    # An organisation whose name ends with a role noun is the organisation.
    (('Tomas Reyes runs the bakery. The Water Services Regulator opened a review. "Suppliers must do better," '
      'the Water Services Regulator said.'),
     [("Suppliers must do better", "Water Services Regulator", "", False)]),
    # "the company" of a text that calls its company by a description too.
    (('Shares of Brightvane Labs fell after the cloud storage company cut its forecast.\n\nAnalysts were surprised.'
      '\n\n"We acted early," the company said in a statement.'),
     [("We acted early", "Brightvane Labs", "", False)]),
    # A paper's authors speak through its first author.
    ('The study\'s first author, Marit Olsen, led the trial. "Exercise at home works," the authors wrote.',
     [("Exercise at home works", "Marit Olsen", "study's first author", False)]),
    # A place at the end of a description is not who speaks.
    (('Dr. Kofi Mensah, a surgeon at Lakeside Hospital in Leeds, who was not involved in the study, said the '
      'results were "solid".'), [("solid", "Kofi Mensah", "surgeon at Lakeside Hospital in Leeds", True)]),
    # An unnamed official, then "the official said on condition of anonymity".
    (('Minister Ravi Menon announced the scheme. A senior finance ministry official said the money would come '
      'soon. "It will not be delayed," the official said on condition of anonymity.'),
     [("It will not be delayed", "senior finance ministry official", "", False)]),
    # "A council spokesperson" speaks for the council, never for a company the story names.
    (('The town hall will be sold to Brightwater Hotels. A council spokesperson said: "Every penny goes to '
      'schools."'), [("Every penny goes to schools.", "council", "", False)]),
    # A firm with an ampersand in its name; a role after "as".
    ('The novel sold out. Tallow & Finch said in a statement that it was "the biggest gamble we have taken".',
     [("the biggest gamble we have taken", "Tallow & Finch", "", True)]),
    ('The firm will grow, as its founder, Chidi Obi, steps back. "It is time," Obi said.',
     [("It is time", "Chidi Obi", "its founder", False)]),
    # Partial quotes in the reporter's sentence: a party in brackets after the name, a clause after the
    # quote that is no attribution ("though it noted"), a source the text will not name, "It ... said".
    ('Marco Sant (ECR, Italy) said the rules would "hand Brussels a veto", and most votes came from his group.',
     [("hand Brussels a veto", "Marco Sant", "", True)]),
    (('Observers backed the count. The African Union observer mission said voting had been "orderly", though '
      'it noted problems.'), [("orderly", "African Union observer mission", "", True)]),
    ('A diplomat who asked not to be identified said the complaints were "not nothing", but no more.',
     [("not nothing", "diplomat", "", True)]),
    (('The National Disaster Risk Reduction and Management Council counted the dead. It put the damage at '
      'P1.2 billion and said the figure was "certain to rise".'),
     [("certain to rise", "National Disaster Risk Reduction and Management Council", "", True)]),
    ('At Halden and Wexcombe Hospitals NHS Trust, beds ran out. "We are full," the trust said.',
     [("We are full", "Halden and Wexcombe Hospitals NHS Trust", "", False)]),
    # An organisation named after what it is, with a nationality before it and an acronym for a name.
    (('Philippine weather agency PAGASA raised its warning. "Storm surges remain possible," the agency said.'),
     [("Storm surges remain possible", "PAGASA", "", False)]),
    # A description of someone the paragraph names afterwards, not the last person named.
    (('Governor Ramon Villaflor toured the coast. "The sea came over the wall," said the village chief of '
      'Bagtikan, speaking by phone. Teodoro Macaraeg, 61, said no boat was left.'),
     [("The sea came over the wall", "Teodoro Macaraeg", "", False)]),
    # A man's given name outweighs "she" after it, which is the woman the sentence is about.
    (('"She was right," said Paulo Cardoso, the former rector. Joaquim Pestana, 71, a farmer, said she had '
      'visited his farm every autumn. "My father gave her seed," he said.'),
     [("She was right", "Paulo Cardoso", "former rector", False),
      ("My father gave her seed", "Joaquim Pestana", "farmer", False)]),
    # Sources the text will not name: "a person familiar with the matter", "one top-20 investor".
    (('Sarah Whitlock, the chief executive, said no. The bidder has lined up debt, said a person familiar '
      'with the matter. "They have done months of work," the person said.'),
     [("They have done months of work", "person familiar with the matter", "", False)]),
    ('"It is a fair price," said one top-20 investor, who asked not to be named.',
     [("It is a fair price", "top-20 investor", "", False)]),
    # The police named by their place.
    (('Laval police have arrested three suspects. "Further arrests have not been ruled out," police said in '
      'a news release.'), [("Further arrests have not been ruled out", "Laval police", "", False)]),
    # Someone described and not named; a speaker's organisation between the name and the verb.
    ('"Nobody wants to be short coffee," said a London-based trader.',
     [("Nobody wants to be short coffee", "London-based trader", "", False)]),
    (('Gov. Lorraine Beckett declared an emergency. "It\'s like a line of freight cars," meteorologist Dana '
      'Whitfield of the National Weather Service in Tulsa said.'),
     [("It's like a line of freight cars", "Dana Whitfield", "meteorologist", False)]),
    ('"Our budget is fixed," the Dutch Ministry of Foreign Affairs said.',
     [("Our budget is fixed", "Dutch Ministry of Foreign Affairs", "", False)]),
    # An attribution after a dash; a reporter's question.
    ('"The traffic usually comes late" — said Wanjiru Kamau, an economist at Mizani Policy Institute.',
     [("The traffic usually comes late", "Wanjiru Kamau", "economist at Mizani Policy Institute", False)]),
    ('"Is it new money?" asked one reporter. "It is," said Health Minister Eleri Prosser.',
     [("Is it new money?", "reporter", "", False), ("It is", "Eleri Prosser", "Health Minister", False)]),
    # A group speaks as the group; a name's organisation, named after whose it is; a lawyer in an appositive.
    (('Derek Vale pleaded not guilty. Prosecutors say he wrote to her. In a filing, prosecutors said Vale had '
      'sent 214 messages, many of them "begging, then threatening".'),
     [("begging, then threatening", "prosecutors", "", True)]),
    ('Annika Bredow\'s party, the Greens, said in a statement that the rules were "order for the cameras".',
     [("order for the cameras", "Greens", "", True)]),
    (('Derek Vale, 34, denies murder. Vale\'s lawyer, Martin Greeley, told jurors that the case against his '
      'client was built on "coincidence and grief".'),
     [("coincidence and grief", "Martin Greeley", "Vale's lawyer", True)]),
    # "Justice" and "Co." of a firm or a department are part of its name; lawyers for a party speak as a group.
    (('A judge ordered Halverson Engine Co. to pay. The Justice Department said in a filing that "Halverson '
      'knew". Lawyers argued. Earlier, lawyers for the plaintiffs argued the fine had to wipe out "the profit".'),
     [("Halverson knew", "Justice Department", "", True), ("the profit", "lawyers for the plaintiffs", "", True)]),
    (('A judge ordered Halverson Engine Co. to pay $1.8 billion. In a statement, Halverson said it '
      '"respectfully disagrees" with the ruling.'), [("respectfully disagrees", "Halverson Engine Co", "", True)]),
    # An organisation introduced by its description, then called by it; a college is an organisation;
    # what a role is "of" is no person.
    (('The state-owned utility, Lakeside Power, said the link would help.\n\nThe minister agreed.\n\n'
      '"Diesel costs us three times more," the state-owned utility said.'),
     [("Diesel costs us three times more", "Lakeside Power", "", False)]),
    (('Public Health Wales counted the cases. The Royal College of Nursing said the money was welcome. "You '
      'cannot train a nurse overnight," it said.'), [("You cannot train a nurse overnight", "Royal College of Nursing", "", False)]),
    # "later she added:" is "she"; a team the text names speaks by that name.
    (('"Welcome to Saturn," flight director Keisha Amador said. A few seconds later she added: "Now go to '
      'sleep."'), [("Welcome to Saturn", "Keisha Amador", "flight director", False),
                   ("Now go to sleep.", "Keisha Amador", "flight director", False)]),
    (('The Lantern team said all instruments were working.\n\nEngineers checked them twice.\n\n"The '
      'spacecraft is in good shape," the team wrote.'), [("The spacecraft is in good shape", "Lantern team", "", False)]),
    # "the automaker" is the company the story is about; "Motor", "Confederation" make a name an organisation.
    (('Shirakawa Motor will invest in Hanbit Cell. Oh, who founded Hanbit after years at a Seoul chemicals '
      'group, stays. A spokesperson for the automaker said the firms would share research "from the first day".'),
     [("from the first day", "Shirakawa Motor", "", True)]),
    ('"It is a cut in real wages," the General Confederation of Labour said in a communiqué.',
     [("It is a cut in real wages", "General Confederation of Labour", "", False)]),
    # An advisory speaks for whoever issued it.
    (('Nordmark Line said in an advisory to customers that it was diverting ships. "Customers should plan '
      'for delays," the advisory said.'), [("Customers should plan for delays", "Nordmark Line", "", False)]),
    # A rank abbreviated with a full stop is a title, not a name; someone named by a first name only.
    ('“We will find them,” a police spokesman, Sgt. Owen Mallinder, said. “Call us if you saw them.”',
     [("We will find them", "Owen Mallinder", "police spokesman", False),
      ("Call us if you saw them.", "Owen Mallinder", "police spokesman", False)]),
    (('Detective Inspector Claire Hambleton leads the inquiry. “They knew,” Hambleton said.\n\nA neighbour, who '
      'gave only her first name, Aisha, said she heard screaming.\n\n“It was like a film,” she said.'),
     [("They knew", "Claire Hambleton", "Detective Inspector", False), ("It was like a film", "Aisha", "neighbour", False)]),
    # An age or a party between the name and what the speaker is.
    ('Lin Xiaowen spoke. "We count in kwacha," Patrick Musonda, 41, a shift supervisor at the shaft, said.',
     [("We count in kwacha", "Patrick Musonda", "shift supervisor at the shaft", False)]),
    ('"We vote today," Sen. Maria Lopez, D-Calif., a longtime critic of the bill, said.',
     [("We vote today", "Maria Lopez", "Senator", False)]),
    # "she" after an unnamed spokeswoman's words goes on speaking for the company, not for the last woman named.
    (('Larkspur Home Brands reported results. Deborah Vanterpool, the chief executive, said the company was “always '
      'looking”.\n\nA company spokeswoman '
      'later said Larkspur “regularly reviews its footprint”. “When we have something to tell our employees, they '
      'will hear it from us first,” she said.'),
     [("always looking", "Deborah Vanterpool", "chief executive", True),
      ("regularly reviews its footprint", "Larkspur Home Brands", "", True),
      ("When we have something to tell our employees, they will hear it from us first", "Larkspur Home Brands", "", False)]),
    # "testified" attributes; "He said he had asked ..." is his; a category a payment was recorded as is no quote.
    (('The bookkeeper, Dennis Alcott, took the stand.\n\n"I did what she told me," Alcott testified. He said he had '
      'asked for receipts "maybe a dozen times" and had recorded them as "event costs" or "volunteer reimbursements."'),
     [("I did what she told me", "Dennis Alcott", "bookkeeper", False),
      ("maybe a dozen times", "Dennis Alcott", "bookkeeper", True)]),
    # A nickname inside a name is part of how the text names them, and no quotation of its own.
    (('Lucía Herrera, a councillor, opposed it.\n\n"We publish every log," Mayor Patricia "Patty" Whitlow, who '
      'cast the deciding vote, told reporters. "I would rather answer for a drone," Whitlow said.\n\nThe series '
      'director, Ciarán “Sully” O’Sullivan, read the book. “I rang my producer from the pier,” O’Sullivan said.'),
     [("We publish every log", 'Patricia "Patty" Whitlow', "Mayor", False),
      ("I would rather answer for a drone", 'Patricia "Patty" Whitlow', "Mayor", False),
      ("I rang my producer from the pier", "Ciarán “Sully” O’Sullivan", "series director", False)]),
    # "Networks" names a company; "the force" is the police force named before.
    (('Power is off in 140,000 homes, according to Western Grid Networks. The company warned that "a small number" '
      'would wait.\n\nWest Peninsula Police urged drivers to stay home. "Please do not be on the road," the force said.'),
     [("a small number", "Western Grid Networks", "", True), ("Please do not be on the road", "West Peninsula Police", "", False)]),
    # "According to Dr. X, head of ... at St. Mary's,"; an unnamed source described by where they are from;
    # analysts who speak for their bank.
    ('According to Dr. Amina Yusuf, head of infectious diseases at St. Mary\'s Hospital, "the wave has peaked".',
     [("the wave has peaked", "Amina Yusuf", "head of infectious diseases at St. Mary's Hospital", True)]),
    ('"Nobody expected this," a senior European diplomat told Reuters on condition of anonymity.',
     [("Nobody expected this", "senior European diplomat", "", False)]),
    (('"The numbers do not lie," Goldman Sachs analysts wrote in a note. "Rates will fall," economists at '
      'Nordbank said.'), [("The numbers do not lie", "Goldman Sachs", "analysts", False),
                        ("Rates will fall", "Nordbank", "economists", False)]),
    # A peer is named by the title; "Shri" is a title; an office, then who holds it; a club is no person.
    (('Lord Fenwick of Aldersley spoke. "I would want a guarantee," Lord Fenwick said. '
      '"We will see," said Shri Raghunath Prasad Mishra.'),
     [("I would want a guarantee", "Lord Fenwick of Aldersley", "", False),
      ("We will see", "Raghunath Prasad Mishra", "", False)]),
    (('Leader of the Opposition Anil Kumar Bhonsle spoke on Monday.\n\n"It is not enough," Bhonsle told reporters.'),
     [("It is not enough", "Anil Kumar Bhonsle", "Leader of the Opposition", False)]),
    (('Castlebridge United signed him. Castlebridge manager Stellan Rourke was pleased.\n\nAsked whether Castlebridge '
      'could afford it, he smiled. "That is a question for the owners," he said.'),
     [("That is a question for the owners", "Stellan Rourke", "Castlebridge manager", False)]),
    (('Halloway dropped out, according to a person familiar with Halloway\'s thinking. "Nobody is walking away," '
      'the person said.'), [("Nobody is walking away", "person familiar with Halloway's thinking", "", False)]),
    # Sources a conflict report keeps unnamed, and a woman named by a first name only.
    (('A rebel commander, speaking to AFP on condition of anonymity, said the army had shelled the city "for 68 '
      'days". A 34-year-old mother who gave her name only as Samira said she had walked.\n\n"We took nothing," she '
      'said.\n\nFlour sells for 4,500 dinars, one shopkeeper told AFP, asking that his name not be used. "People '
      'come with gold rings," he said.'),
     [("for 68 days", "rebel commander", "", True), ("We took nothing", "Samira", "34-year-old mother", False),
      ("People come with gold rings", "shopkeeper", "", False)]),
    # "called the study "large and careful"" is his words ("the report "A Lost Decade"" a title); "a formula
    # widely read as" is no one reading a text out.
    (('Samuel Okonkwo-Reyes, a paediatrician, called the study “large and careful”. The agency published a report '
      '“A Lost Decade”.'), [("large and careful", "Samuel Okonkwo-Reyes", "paediatrician", True)]),
    (('Civic Union spokeswoman Helena Brandvold said the party would "start talking to everyone", a formula '
      'widely read as ruling out a deal.'),
     [("start talking to everyone", "Helena Brandvold", "Civic Union spokeswoman", True)]),
])
def test_attribution_styles(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert quotes_of(text) == expected


def test_what_a_role_is_of_is_no_person() -> None:
    """"co-owner of Mare Baixa": the restaurant, which "she says" must not be taken for."""
    entities = extract("Marisa Quintela, 46, is the chef and co-owner of Mare Baixa, a 40-seat restaurant.").entities
    assert [(e.name, e.kind) for e in entities] == [("Marisa Quintela", "person")]


def test_an_adjective_that_opens_a_sentence_is_no_first_name() -> None:
    text = ("Political analysts expect a new vote. \"Nobody wants it,\" said Ursula Münch, director of the "
            "Academy for Political Education in Tutzing.\nFrancisca Moraes runs a bakery. Francisca grew up nearby.")
    names = [e.name for e in extract(text).entities if e.kind == "person"]
    assert "Political Education" not in names and {"Ursula Münch", "Francisca Moraes"} <= set(names)


def test_a_multi_paragraph_quote_is_one_quote() -> None:
    text = ('Lee Sang-hoon, the project director, set out the timetable:\n'
            '“Site work starts in spring. We need 9,000 workers.\n'
            '“Training starts years ahead.”')
    [(quote, speaker, _, partial)] = quotes_of(text)
    assert quote == "Site work starts in spring. We need 9,000 workers. Training starts years ahead."
    assert (speaker, partial) == ("Lee Sang-hoon", False)


@pytest.mark.parametrize(("text", "values"), [
    ("The company signed a $25-billion deal to build four new nuclear power plants.",
     ["$25-billion", "four new nuclear power plants"]),
    ("Each unit has a capacity of 1,057 megawatts and the tunnel runs 900 metres.", ["1,057 megawatts", "900 metres"]),
    ("Costs rose 18 percent, wages 12% and rents about 4.5 per cent.", ["18 percent", "12%", "about 4.5 per cent"]),
    ("The fund holds EUR 3bn and lent 40 million euro to 5,600 personnel.", ["EUR 3bn", "40 million euro", "5,600 personnel"]),
    ("It budgeted Rs 11.1 lakh crore ($133 billion). The rupee was at 83.95 per dollar.",
     ["Rs 11.1 lakh crore", "$133 billion", "83.95 per dollar"]),
    ("Rates will be between 2.5 and 3 percent.", ["between 2.5 and 3 percent"]),
    ("Units 2 and 3 opened in 2019 on March 3, the third such opening.", []),
    ("The deal covers the construction of 20 new bulk carriers and eight Type 34 frigates.",
     ["20 new bulk carriers", "eight Type 34 frigates"]),
    ("About 1.2 million daily passengers were hit; 9,400 of its members walked out.",
     ["About 1.2 million daily passengers", "9,400 of its members"]),
    ("Her 4-year-old son watched the 10-year yield.", []),
    # Singular units and number-noun compounds; złoty; degrees written on the number, in weather only.
    ("They will build a 7.6-kilometre section, a 24-room hostel and pay 480 million złoty.",
     ["7.6-kilometre", "24-room", "480 million złoty"]),
    ("Temperatures rose by roughly 2.3C. Room 4F and Grade 3C are closed.", ["roughly 2.3C"]),
    ("Police arrested two men; the side played with ten men.", ["two men", "ten men"]),
])
def test_figure_styles(text: str, values: list[str]) -> None:
    assert sorted(f.value for f in extract(text).figures) == sorted(values)


def test_dates_resolve_against_the_article_date() -> None:
    text = "Talks began on Monday. Prices rose last month. The vote is on February 14. Work started in January."
    dates = {d.text: d.iso for d in extract(text, published="2025-03-19").dates}
    assert dates == {"Monday": "2025-03-17", "last month": "2025-02", "February 14": "2025-02-14",
                     "January": "2025-01"}
    dates = {d.text: d.iso for d in extract("Councillors backed the sale last night.", published="2025-11-13").dates}
    assert dates == {"last night": "2025-11-12"}


def test_a_month_beside_a_day_may_be_abbreviated_and_alone_it_is_not() -> None:
    text = "Bids closed on Aug. 14. The plant shut on 3 Sept 2024. Jan Novak spoke. Mar a Lago was quiet."
    dates = {d.text: d.iso for d in extract(text, published="2025-08-20").dates}
    assert dates == {"Aug. 14": "2025-08-14", "3 Sept 2024": "2024-09-03"}


def test_summary_keeps_the_lead_and_skips_dependent_sentences_and_quotes() -> None:
    text = ("The city council approved a new budget of $2 billion on Tuesday after a long debate.\n"
            "It was the third vote.\n"
            '"This is a good day," the mayor said.\n'
            "The budget adds 300 teachers and 40 buses to the city's services next year.")
    result = extract(text)
    assert result.summary == (
        "The city council approved a new budget of $2 billion on Tuesday after a long debate.",
        "The budget adds 300 teachers and 40 buses to the city's services next year.",
    )
    assert result.bottom_line == result.summary[0]


def test_an_article_of_thousands_of_quotations_is_extracted_in_seconds() -> None:
    """Each quotation looks back at what came before it: scanning the text again for each one took
    48-80 s on 200,000 characters of quotations (the most of an article that is extracted)."""
    for unit in ('"I ran," he said. ', '"We are fine," the team wrote. ', '"I ran," the 24-year-old said. ',
                 '"Stay away," police said. '):
        text = "Laval police and the Lantern team met Ivo Kral. " + unit * (200_000 // len(unit))
        start = time.perf_counter()
        found = extract(text)
        assert time.perf_counter() - start < 15
        assert len(found.quotes) > 5_000


def test_empty_and_number_free_text() -> None:
    assert extract("").quotes == () and extract("").summary == ()
    assert extract("No numbers and no quotes appear in this short plain sentence here.").figures == ()


@pytest.mark.skipif(not (EVAL_DIR / "dev").is_dir(), reason="the evaluation set is in tests/eval")
def test_quality_on_the_dev_set_does_not_regress() -> None:
    """Floors a little below the level reached on the 240 dev articles (new batches in new styles
    lower it before their rules are written); the targets of issue 3 are judged on test/."""
    metrics = evaluate(EVAL_DIR / "dev").metrics()
    assert metrics["quote F1"] >= 0.98
    assert metrics["speaker accuracy"] >= 0.977
    assert metrics["key-figure recall"] >= 0.975
    assert metrics["figure precision"] >= 0.97
    assert metrics["date recall"] >= 0.95
    assert metrics["summary ROUGE-1"] > metrics["lead-3 ROUGE-1"] and metrics["summary ROUGE-2"] > metrics["lead-3 ROUGE-2"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list('abc XYZ said "“”‘’,.:;\n1234567890$%€ percent Mr. Dr.')), max_size=400))
def test_the_engine_never_raises_and_quotes_stand_in_the_text(text: str) -> None:
    result = extract(text, published="2025-01-01")
    for quote in result.quotes:
        assert quote.sentence in text
    for figure in result.figures:
        assert figure.sentence in text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("two tens_ March-4 Ténès\n")), max_size=60))
def test_find_words_finds_what_a_word_bounded_regex_finds(text: str) -> None:
    words = ["two", "tens", "March", "ten"]
    expected = [m.span() for m in re.finditer(r"\b(?:two|tens|March|ten)\b", text)]
    assert find_words(text, words) == expected


def _joined(pieces: list[str], *, max_size: int) -> st.SearchStrategy[str]:
    """Texts made of these pieces, in any order and number: the cases a pattern rewrite must keep."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


@settings(max_examples=300, deadline=None)
@given(_joined(["two", "Two", "tens", "March", "ten", "twenty", "dozen", "a", "Ténès", "ténès", "th", "é", "y", "4", "-",
                "_", " ", "\n", "\u212a"], max_size=20))
def test_a_word_list_finds_the_same_words_with_the_text_s_letters(text: str) -> None:
    words = WordList(["two", "tens", "March", "ten", "twenty-two", "a dozen", "ténès", "4th"])
    article = ArticleWords(text)
    assert find_words(text, words, letters=article.letters) == find_words(text, words)
    lowered = text.lower()
    if "\u212a" not in text:  # the Kelvin sign lowers to an ASCII "k": the one letter not in article.lowered
        assert find_words(lowered, words, letters=article.lowered) == find_words(lowered, words)


@settings(max_examples=2000, deadline=None)
@given(_joined(["$", "US$", "HK$", "€", "KSh", "Rs.", "USD", "EUR", "XEUR", "dollars", "dollar", "pounds", " sterling",
                "złoty", "euro", "yen", "p", "3", "5.5", " ", "-", "x", "A", "S", "rand", "_"], max_size=6))
def test_the_money_test_grouped_by_first_character_finds_what_the_plain_alternation_finds(value: str) -> None:
    plain = re.compile(rf"{figures._CURRENCY_SYMBOL}|\b{figures._CURRENCY_CODE}\b|\b{figures._CURRENCY_WORD}\b|^\d+(?:\.\d+)?p(?:$|\s)")
    assert bool(figures._IS_MONEY.search(value) or figures._IS_PENCE.match(value)) == bool(plain.search(value))


@settings(max_examples=2000, deadline=None)
@given(_joined(["5", " ", "-", "MW", "mw", "megawatt", "s", "-hours", "per cent", "barrels", " a day", "square",
                " miles", "degrees", " Celsius", "°C", "km/h", "km", "\u212a", "points", "x"], max_size=5))
def test_the_unit_test_grouped_by_first_character_finds_what_the_plain_alternation_finds(value: str) -> None:
    plain = re.compile(rf"(?:\d|\s|-){figures._UNITS}$", re.IGNORECASE)
    assert bool(figures._ENDS_WITH_UNIT.search(value)) == bool(plain.search(value))


@pytest.mark.parametrize("text", [
    "Ministers met. The director-general and the co-founder, 12,500 workers, two-thirds of them",
    "Some 1,057 megawatts; between $3 and $5 billion; a dozen ships; hundreds of drones in 2024",
])
def test_anchored_search_finds_what_a_full_search_finds(text: str) -> None:
    sentences = split_sentences(text)
    assert _anchors(sentences, ArticleWords(text)) == _anchors(sentences, None)
    for sentence, anchors in zip(sentences, _anchors(sentences, ArticleWords(text))):
        found = [m.span() for m in anchored_finditer(_FIGURE, sentence.text, anchors, before=20, after=160)]
        assert found == [m.span() for m in _FIGURE.finditer(sentence.text)]


def test_what_a_figure_measures_comes_from_how_the_sentence_puts_it() -> None:
    from tui.domain.extract.measures import measures_label

    def label(sentence: str, figure: str, kind: str, noun: str | None = None) -> str:
        start = sentence.index(figure)
        return measures_label(sentence, start, start + len(figure), kind, noun)

    assert label("Corvane shares rose 2.8% in New York after the ruling.", "2.8%", "percent") == "rise in Corvane shares"
    # A span of time is the time of what its clause did; "up", "down" are changes; no label ends mid-phrase.
    assert label("Aksoy, who worked alongside Wróblewska for two years, resigned.", "two years", "count",
                 "years") == "time worked alongside Wróblewska"
    assert label("She was banned from being a director for eight years.", "eight years", "count", "years") == \
        "time banned from being a director"
    assert label("The price of flour has gone up by roughly 40%.", "roughly 40%", "percent") == "rise in price of flour"
    assert label("Complaints were up 38 per cent on last year.", "38 per cent", "percent") == "rise in Complaints"
    assert label("Pupils will be kept at home for up to 21 days.", "up to 21 days", "quantity") == "kept at home"
    assert label("Vaccination coverage fell to 81 per cent last year.", "81 per cent", "percent") == "Vaccination coverage"
    assert label("The province had cut public health budgets by 12 per cent since 2022.", "12 per cent",
                 "percent") == "cut in public health budgets"
    assert label("Each reactor will have a capacity of 1,057 megawatts.", "1,057 megawatts", "quantity") == "capacity"
    assert label("The plants would supply up to 30 percent of the country's electricity.", "up to 30 percent",
                 "percent") == "share of country's electricity"
    assert label("The stoppage has already cost the regional economy more than $140 million in lost activity.",
                 "more than $140 million", "money") == "cost of stoppage to regional economy"
    assert label("Turnout was 68%, the highest since 1994.", "68%", "percent") == "Turnout"
    assert label("A judge approved a $410 million settlement between the maker and residents.", "$410 million",
                 "money") == "value of settlement"
    assert label("The regulator fined Orchard Technologies EUR 3bn on Monday.", "EUR 3bn", "money") == \
        "fine on Orchard Technologies"
    assert label("Trucking firms say 900 trucks a day are sitting idle.", "900 trucks", "count", "trucks") == \
        "trucks are sitting idle", "a rate after a count is not what it counts"
    forecast = "The IMF cut its growth forecast for Zambia to 2.3 percent from 4.7 percent, citing the drought."
    assert label(forecast, "2.3 percent", "percent") == "growth forecast for Zambia"
    assert label(forecast, "4.7 percent", "percent") == "earlier growth forecast for Zambia", "a decimal point ends no clause"
    assert label("Revenue dropped 22% to $8.4 billion.", "$8.4 billion", "money") == "Revenue"
    assert label("Revenue was below the $8.9 billion analysts had expected.", "$8.9 billion", "money") == \
        "expected by analysts"
    assert label("Flooding has caused damage estimated at more than £150m since 2000.", "more than £150m",
                 "money") == "damage"
    assert label("The agency, which will contribute £31m, said work would start.", "£31m", "money") == "contribution"
    assert label("The yield fell 4 basis points to 6.76%.", "6.76%", "percent") == "yield"
    assert label("The farm union COAG estimates losses of €2.5bn this year.", "€2.5bn", "money") == "losses"
    assert label("It is an inquiry into how city contracts worth more than $100 million were awarded.",
                 "more than $100 million", "money") == "value of city contracts"
    assert label("Ships carrying cargo worth an estimated $3.2 billion were stuck.", "an estimated $3.2 billion",
                 "money") == "value of cargo"
    assert label("They signed a $2 billion agreement on Monday to reopen the mine.", "$2 billion", "money") == \
        "agreement to reopen mine"
    assert label("Copper prices have risen 15% this year to about $9,800 a tonne.", "about $9,800 a tonne",
                 "money") == "Copper prices"
    assert label("The deal would raise output to 200,000 tonnes by 2030.", "200,000 tonnes", "quantity") == "output"
    assert label("Solar plants supplied nearly a third of the country's power.", "nearly a third", "fraction") == \
        "share of country's power"
    assert label("The country had warmed by about 1.7C since 1900.", "about 1.7C", "quantity") == "warming in country"
    assert label("The rupee was little changed at 83.95 per dollar.", "83.95 per dollar", "money") == "rupee"
    assert label("The regulator said it would seek compensation orders worth up to £12m.", "up to £12m",
                 "money") == "value of compensation orders"


def test_a_figure_after_from_is_where_the_one_before_it_stood() -> None:
    text = ("Accelerators will make up 35 percent of the industry's revenue by 2028, up from 15 percent last year. "
            "The firm lowered its capital spending plan to between $9 billion and $10 billion, from $12 billion.")
    measures = {f.value: f.measures for f in extract(text).figures}
    assert measures["15 percent"] == "earlier share of industry's revenue"
    assert measures["between $9 billion and $10 billion"] == "capital spending plan"
    assert measures["$12 billion"] == "earlier capital spending plan"
    again = {f.value: f.measures for f in extract(
        "The refinery can process about 8.8 million tons of crude a year, or roughly 176,000 barrels per day.").figures}
    assert again == {"about 8.8 million tons": "crude", "roughly 176,000 barrels per day": "crude"}
    converted = {f.value: f.measures for f in extract("The state has budgeted capital spending of Rs 11.1 lakh crore ($133 billion).").figures}
    assert converted["$133 billion"] == converted["Rs 11.1 lakh crore"] == "budgeted capital spending"


def test_figures_said_in_other_ways_fractions_tallies_lone_numbers_and_spelled_durations() -> None:
    def values(text: str) -> list[str]:
        return [f.value for f in extract(text).figures]

    assert "less than a third" in values("Governments pledged $415 million, less than a third of what is needed.")
    assert "almost seven times" in values("A typical home costs almost seven times average earnings.")
    assert "31 to 18" in values("The council voted 31 to 18 to approve the plan.")
    assert not any("3-1" in v or "to 5" in v for v in values("The team won 3-1 and trained from 9 to 5 daily."))
    assert "about 257,000" in values("Listings had risen to about 257,000, nearly double the figure in 2019.")
    assert "100,000" in values("The company said reservations had passed 100,000.")
    assert not any(v in ("2019", "40") for v in values("In 2019 the club had 40 staff and a budget."))
    assert "ten days" in values("The strike will last ten days, the union said.")
    measures = {f.value: f.measures for f in extract("Once there were two hundred boats. Three hundred thousand people fled.").figures}
    assert measures == {"two hundred boats": "boats", "Three hundred thousand people": "people fled"}
    assert not any("years ago" in v or v == "two years" for v in values("The plant closed two years ago."))
    assert "Twenty-three people" in values("Twenty-three people were taken to hospital.")
    assert "48 light-years" in values("The planet orbits a star 48 light-years away.")
    assert "about 520 million lei" in values("The ministry set aside about 520 million lei for farmers.")
    assert values("Children under 15 account for a third of cases on the 17:42 service.") == []
    assert "40,000" in values("Some 71,000 people live in a camp built for 40,000.")
    assert "52,300" in values("Applications rose to 52,300 last year.")
    assert "212" in values("The airline cancelled 212 of its 260 scheduled departures.")
    assert not values("The turbines will be assembled at Berths 2 and 3 of the port.")
    assert "magnitude 6.8" in values("The death toll from a magnitude 6.8 earthquake rose to 214.")
    assert "214" in values("The death toll from a magnitude 6.8 earthquake rose to 214.")
    assert "3.5p a share" in values("It will pay a final dividend of 3.5p a share.")
    assert values("Brent rose to $80 a barrel; power cost €142 per megawatt-hour.") == ["$80 a barrel", "€142 per megawatt-hour"]
    assert "KSh 38 billion" in values("He steered contracts worth KSh 38 billion to friends.")
    assert "51-49" in values("The Senate voted 51-49 to approve the package.")
    assert "roughly one in 12" in values("Inspectors found failings at roughly one in 12 of them.")
    assert values("Plastic was found in four in five patients. One in five adults smokes.") == ["four in five", "One in five"]
    assert values("They arrived in 2019 in two buses.") == ["two buses"]
    assert not values("The yield on 10-year notes rose.") and not values("She took out a two-year fixed mortgage.")
    # A change up to now: "has doubled", "had tripled" (a plain "prices doubled" is narrative, not a figure).
    grown = {f.value: f.measures for f in extract("The number of displaced people has doubled since January. Daily "
                                                  "arrivals had tripled by Sunday.").figures}
    assert grown == {"doubled": "growth in displaced people", "tripled": "growth in Daily arrivals"}
    assert values("She bought land when prices doubled.") == []
    # A trial's results: the counts compared, the ratio; how confident it is, is no result.
    assert values("In all, 161 people had a fall, compared with 208 in the control group, a hazard ratio of 0.77 "
                  "(95 percent confidence interval).") == ["161 people", "208", "0.77"]
    assert values("It will become a 96-bedroom hotel.") == ["96-bedroom"]
    # Cedis, naira, Philippine pesos (a "P" only with its scale: not "Form P45").
    assert values("The deficit reached GH₵ 2.3 billion and Lagos spent ₦45 billion.") == ["GH₵ 2.3 billion", "₦45 billion"]
    assert values("Crop damage came to P1.2 billion. Form P45 was filed at the G7.") == ["P1.2 billion"]
    # A count after whom it was given to; a decimal someone measured; a 7-day average is no figure of its own.
    assert values("Prosecutors said he had sent Carter 214 text messages.") == ["214 text messages"]
    assert values("The airline ordered 30 Boeing 737 jets.") == ["30 Boeing 737 jets"]
    assert values("Flu spread, with an R number of 1.3; an R number above 1 meant growth.") == ["1.3"]
    assert values("Cases reached 14,200, a 7-day average of about 2,030 a day.") == ["14,200", "about 2,030"]
    assert values("The app let 13-year-olds sign up, and 40 accounts were checked.") == ["40 accounts"]
    assert values("Ammonia reached 18 parts per million. The bank made a 25-basis-point cut.") == [
        "18 parts per million", "25-basis-point"]
    # A phone's specifications; "3pc" is British for per cent; a date's day is no "one in 12".
    assert values("It has a 6.7-inch display, a 3.4GHz chip, 12GB of RAM, a 200-megapixel sensor and a 4,300mAh "
                  "battery.") == ["6.7-inch", "3.4GHz", "12GB", "200-megapixel", "4,300mAh"]
    assert values("Shares rose 3pc. It goes on sale on October 16 in 23 markets.") == ["3pc", "23 markets"]
    # A race clock is a time taken; a clock time is none; a distance that says where along a course is no figure.
    assert values("Lacerda won in 2:04:48 after a pole lap of 1:15.882, with the start at 10:30.") == [
        "2:04:48", "1:15.882"]
    assert values("She broke clear at the 35-kilometre mark of a 42-kilometre course.") == ["42-kilometre"]
    # A rate after a unit stays with it; "another" is what the figure measures, not part of it.
    assert values("The plant will draw another 90 million litres a day and another 4 GW.") == [
        "90 million litres a day", "4 GW"]
    assert values("Output grew 3 percent a year earlier and the mill makes 300 tonnes per annum.") == [
        "3 percent", "300 tonnes per annum"]
    # A vote's result said after the vote; a fraction joined to its unit; a series in parts.
    assert values("The vote was 54-45. The score was 3-1.") == ["54-45"]
    assert values("Voters backed a half-cent sales tax, nearly two-thirds of them.") == ["half-cent", "nearly two-thirds"]
    assert values("It will be a six-part television series.") == ["six-part"]


def test_a_date_takes_the_tense_of_its_clause() -> None:
    def dates(text: str, published: str = "2025-08-29") -> dict[str, str]:  # a Friday
        return {d.text: d.iso for d in extract(text, published=published).dates}

    assert dates("The club completed the signing from Atlético Ribeira on Thursday.") == {"Thursday": "2025-08-28"}
    assert dates("The transfer window closes on Monday, the league said.") == {"Monday": "2025-09-01"}
    assert dates("A vigil will be held at the roundabout on Saturday.") == {"Saturday": "2025-08-30"}
    assert dates("Markets expect the bank to cut rates again in December.") == {"December": "2025-12"}
    assert dates("Halima fled the town with her children in December.", "2026-01-20") == {"December": "2025-12"}
    assert dates("The new tax rate takes effect on July 1.", "2025-02-26") == {"July 1": "2025-07-01"}
    assert dates("The opening is planned for August 2028.") == {"August 2028": "2028-08"}
    assert dates("Cases have risen since the start of June; the emergency runs to the end of October.") == {
        "start of June": "2025-06", "end of October": "2025-10"}
    assert dates("Fighting broke out in late November and last August.") == {"late November": "2024-11",
                                                                        "last August": "2024-08"}
    assert dates("Prices may fall this weekend, and the models we run today agree.") == {}
    assert dates("A rain warning is in force until Saturday.") == {"Saturday": "2025-08-30"}
    assert dates("Debt will rise further by the end of the year.") == {"end of the year": "2025"}
    assert dates("The charge began in October last year.") == {"October last year": "2024-10"}
    assert dates("Flights in October could be hit, she said.", "2025-07-22") == {"October": "2025-10"}
    # "planned" before a noun is an adjective; "before" looks ahead unless the clause tells of the past.
    assert dates("Lists for planned treatment were long at the end of November.", "2026-01-15") == {
        "end of November": "2025-11"}
    assert dates("The vote is planned for November.", "2026-01-15") == {"November": "2026-11"}
    assert dates("Polls had suggested a close race before Thursday's vote.", "2028-12-11") == {"Thursday": "2028-12-07"}
    assert dates("Voters must register before Thursday.", "2028-12-11") == {"Thursday": "2028-12-14"}
    assert dates("It must pass before the constitutional deadline of Dec 15.", "2026-11-12") == {"Dec 15": "2026-12-15"}
    # "by Sunday" of a past perfect is past; "since May" is past even after "to"; "expected across the
    # region" is a verb; "by early Friday" looks ahead.
    assert dates("At least 43 people had been confirmed dead by Sunday evening.", "2026-08-10") == {"Sunday": "2026-08-09"}
    assert dates("The state has lost 310,000 acres to fire since May.", "2026-07-16") == {"May": "2026-05"}
    assert dates("More rain was expected across the region through Thursday.", "2026-08-10") == {"Thursday": "2026-08-13"}
    assert dates("The storm is expected to clear by early Friday.", "2026-01-22") == {"Friday": "2026-01-23"}
    # A month before a name is a month after "in" ("In January Halvorsen will open"), else a name ("June Whitaker").
    assert dates("In January Halvorsen will open a bakery. June Whitaker spoke.", "2026-09-05") == {"January": "2027-01"}


@settings(max_examples=1000, deadline=None)
@given(_joined(["Ana", "AA", "A", "Óscar", "ana", "-", "_", "'", "é", "1", " ", "\n", "x", "B"], max_size=12))
def test_capitalised_runs_found_by_str_find_are_those_the_pattern_finds(text: str) -> None:
    runs = {"Ana", "A", "AA", "Óscar", "B"}
    by_pattern = [(m.start(), m.group(0)) for m in people._CAPITALISED_WORD.finditer(text) if m.group(0) in runs]
    assert [(start, text[start:end]) for start, end in find_words(text, runs, joiners_before="_-")] == by_pattern


@settings(max_examples=1000, deadline=None)
@given(_joined(["ab", "A", "-", "--", " ", "\n", "é", "naïve", "\u212a", "\ud800", "x1", "_", "'"], max_size=14))
def test_article_words_are_the_runs_the_word_pattern_finds(text: str) -> None:
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", text))
    article = ArticleWords(text)
    assert article.words == words
    assert article.letters == words.union(*(word.split("-") for word in words))
    assert article.lowered == ({word.lower() for word in article.letters} if "\u212a" not in text else None)


@settings(max_examples=500, deadline=None)
@given(_joined(["said", "says", "added", "announced", "confirmed", " it", " its", " in a statement that", " ", "\n", "x",
                "Said", "s", "a", "c"], max_size=10))
def test_says_it_tried_where_its_verbs_stand_finds_what_finditer_finds(text: str) -> None:
    from tui.domain.extract.scan import literal_finditer

    found = literal_finditer(people._SAYS_IT, text, people._SAYS_IT_VERBS)
    assert [m.span() for m in found] == [m.span() for m in people._SAYS_IT.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(_joined(["Grid", "the", "2025", "ab", "x", " ", "-", "é", "\u212a", "İ", "ǅ", "\t", "said", "’"], max_size=10),
                max_size=4))
def test_content_words_of_a_summary_are_the_runs_of_three_letters_or_digits_in_lower_case(texts: list[str]) -> None:
    from tui.domain.extract import engine

    expected = [set(re.findall(r"[a-z0-9]{3,}", text.lower())) - engine._SMALL_WORDS for text in texts]
    assert engine._content_words(texts) == expected


_GROUPED = [(figures._CURRENCY_SYMBOLS, False, False), (figures._CURRENCY_CODES, False, False),
            (figures._CURRENCY_WORDS, False, False), (figures._UNIT_WORDS, False, False), (figures._APPROX_WORDS, True, False),
            (f"{figures._WORD_NUMBER}|{figures._VAGUE}", True, False), (quotes.VERBS, False, False),
            (people.ORG_WORDS, False, False), (people.ROLE_NOUNS, False, True), ("bx|Ban|banks|Board|b", False, True)]


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_GROUPED), st.data())
def test_an_alternation_grouped_by_first_character_matches_as_the_plain_one(case: tuple[str, bool, bool],
                                                                             data: st.DataObject) -> None:
    alternation, either_case, ignore_case = case
    plain = "|".join(f"[{a[0]}{a[0].upper()}]{a[1:]}" if either_case and a[:1].islower() else a
                     for a in scan.alternatives(alternation))
    words = [w for w in re.sub(r"\\.|[()?*+\[\]]|\\s\*|\\s\+", " ", alternation).replace("|", " ").split() if w]
    text = data.draw(_joined([*words, *(w.capitalize() for w in words[:40]), " ", "s", "-", "$", "1", "x"], max_size=5))
    flags = re.DOTALL | (re.IGNORECASE if ignore_case else 0)
    grouped = scan.grouped(alternation, either_case=either_case, ignore_case=ignore_case)
    grouped_match = re.match(f"(?:{grouped})(.*)", text, flags)
    plain_match = re.match(f"(?:{plain})(.*)", text, flags)
    assert (grouped_match and grouped_match.span(1)) == (plain_match and plain_match.span(1))


@settings(max_examples=1500, deadline=None)
@given(_joined(["Mercy", "Ana-Lu", "Óscar", "mercy", ", a ", ", an ", "picker", " nurse", ", who", " said", ",", ". ",
                "\n", " ", "-", "B", "x", "’"], max_size=12))
@example("Mercy\nÓscar, a nurse, said")  # a name at the end of the line before is not the one
def test_a_first_name_found_before_its_description_is_the_one_the_whole_pattern_finds(text: str) -> None:
    whole = re.compile(
        rf"(?P<name>[{people.UPPER}]{people._SENTENCE_START}[{people.LOWER}]+(?:-[{people.UPPER}][{people.LOWER}]+)?),"
        r"\s+(?:a|an)\s+(?P<role>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4})(?=,|\s+(?:who|whose|said|says|at|from|in|on|with)\b)",
        re.MULTILINE)
    expected = [(m.start("name"), m.group("name"), m.group("role")) for m in whole.finditer(text)]
    found = []
    for description in people._DESCRIPTION_AFTER_COMMA.finditer(text):
        named = people._FIRST_NAME_AT_END.search(text, max(0, description.start() - 80), description.start())
        if named:
            found.append((named.start(), named.group(0), description.group("role")))
    assert found == expected


@settings(max_examples=1500, deadline=None)
@given(_joined(["Mr", "U", "S", "no", "41C", "é", "_", "1", ".", " ", "\n", "(", "x", "K"], max_size=10), st.data())
@example("41C.", None)  # glued to a digit: no word
@example("a4U.S.", None)  # glued, then a dot: "S"
def test_the_word_before_a_full_stop_is_the_one_the_pattern_finds(text: str, data: st.DataObject) -> None:
    from tui.domain.extract.sentences import _word_before_stop

    paragraph = f"{text}."
    start = data.draw(st.integers(0, len(paragraph) - 1)) if data is not None else 0
    expected = re.search(r"(?<!\w)([A-Za-z.]+)\.$", paragraph[start:])
    assert _word_before_stop(paragraph, start, len(paragraph) - 1) == (expected.group(1) if expected else None)
