marrowSearch.addVocab("il",{"iliac":[5,6.08532,"TRIX2W4eX3_"],"ilium":[1,6.43456,"YO_"],"ill":[10,3.82776,"2VBS5d3V3UX8P1I4eX8xXO_"]});
