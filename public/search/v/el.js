marrowSearch.addVocab("el",{"el":[1,2.07142,"M_"],"elect":[3,6.11855,"Y7f2_Y4V"],"electrolyt":[2,3.48056,"aPc5_"],"electron":[3,3.80017,"I_UZa8p"],"elsewher":[2,4.33077,"BOY2_"]});
