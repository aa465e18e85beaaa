marrowSearch.addVocab("el",{"el":[1,2.08641,"M_"],"elect":[3,6.14011,"Y8f2_Y4V"],"electrolyt":[2,3.48571,"aQc5_"],"electron":[3,3.81884,"I_VZa8o"],"elsewher":[2,4.35058,"BOY3_"]});
