marrowSearch.addVocab("el",{"el":[1,1.67461,"M_"],"elect":[4,5.98473,"XUX2jBKXG_"],"electrolyt":[2,7.79276,"a7g5_"],"electron":[3,6.68632,"JUJSa0_"],"elsewher":[3,3.45486,"B_ASXGz"]});
