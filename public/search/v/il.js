marrowSearch.addVocab("il",{"iliac":[3,4.52071,"XR_3SX6i"],"ilium":[1,2.61282,"Z4_"],"ill":[10,2.91593,"2JFw4o5nXGc1U3_8TXAUXOZ"]});
