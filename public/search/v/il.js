marrowSearch.addVocab("il",{"iliac":[3,4.49943,"XQ_3RX6i"],"ilium":[1,2.60556,"Z3_"],"ill":[10,2.90085,"2JFw4o4nXGc1U3_8SXAUXOZ"]});
