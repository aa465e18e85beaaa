marrowSearch.addVocab("il",{"iliac":[5,6.07151,"TQIX2W4eX3_"],"ilium":[1,6.40654,"YO_"],"ill":[10,3.81151,"2VBS5d3V3UX8P1I4eX8xXO_"]});
