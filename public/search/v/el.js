marrowSearch.addVocab("el",{"el":[1,2.08655,"M_"],"elect":[3,6.14026,"Y8f2_Y4V"],"electrolyt":[2,3.48572,"aQc5_"],"electron":[3,3.81899,"I_VZa8o"],"elsewher":[2,4.35074,"BOY3_"]});
