marrowSearch.addVocab("da",{"damag":[5,5.14043,"XIa5J2g8_5M"],"dash":[1,2.40761,"XU_"],"data":[6,4.72635,"EC8KIiD_UjZBQ"],"databas":[4,3.83071,"EAX3X4_a4V"],"day":[6,4.10637,"M_4y1j7SX9PXGU"]});
