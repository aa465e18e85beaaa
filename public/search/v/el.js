marrowSearch.addVocab("el",{"el":[1,1.61724,"M_"],"elect":[4,6.00617,"XUX2jBKXG_"],"electrolyt":[2,7.80375,"a7g5_"],"electron":[3,6.70485,"JUJSa0_"],"elsewher":[3,3.49039,"B_ARXGz"]});
