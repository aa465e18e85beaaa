marrowSearch.addDoc(109,{"u":"glossary.html#prehospital","c":"Glossary","s":"Prehospital care","t":"Care given before arrival at hospital, by ambulance or other emergency medical services (EMS)."});
