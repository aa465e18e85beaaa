marrowSearch.addVocab("el",{"el":[1,1.76564,"M_"],"elect":[4,6.85493,"XUU2nBJXG_"],"electrolyt":[2,8.47333,"a7b5_"],"electron":[3,7.37057,"JSJQa0_"],"elsewher":[3,3.56718,"B_ATXGz"]});
