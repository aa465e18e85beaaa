marrowSearch.addDoc(140,{"u":"glossary.html#fibrinogen","c":"Glossary","s":"Fibrinogen","t":"A plasma protein that is converted to fibrin when blood clots; its level can be measured."});
