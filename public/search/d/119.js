marrowSearch.addDoc(119,{"u":"glossary.html#opioid","c":"Glossary","s":"Opioid","t":"A drug, such as morphine or fentanyl, that acts on opioid receptors and is used to relieve pain."});
