marrowSearch.addDoc(89,{"u":"glossary.html#iv","c":"Glossary","s":"Intravenous (IV)","t":"Within a vein. IV access usually means a peripheral cannula in a vein of the hand, arm, foot or scalp."});
