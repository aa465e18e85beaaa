marrowSearch.addDoc(78,{"u":"glossary.html#bolus","c":"Glossary","s":"Bolus","t":"A volume of fluid, or a dose of a drug, given over a short time rather than as a continuous infusion."});
