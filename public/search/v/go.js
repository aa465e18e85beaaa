marrowSearch.addVocab("go",{"go":[6,3.49693,"X2m9e1jGUD_2X"],"goe":[4,2.92468,"Si5_Pe7W"],"good":[2,5.74377,"XHf3_"]});
