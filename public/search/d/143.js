marrowSearch.addDoc(143,{"u":"glossary.html#hypercoagulable","c":"Glossary","s":"Hypercoagulable","t":"Clotting more readily than normal."});
