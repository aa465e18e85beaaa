marrowSearch.addVocab("el",{"el":[1,2.09864,"M_"],"elect":[3,6.15308,"Y8f2_Y4V"],"electrolyt":[2,3.48667,"aQc5_"],"electron":[3,3.83194,"I_VZa8o"],"elsewher":[2,4.36452,"BOY3_"]});
