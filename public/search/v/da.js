marrowSearch.addVocab("da",{"damag":[5,5.13051,"XIa5K2g8_5N"],"dash":[1,2.39429,"XU_"],"data":[6,4.71624,"EC8JIhD_UjZBQ"],"databas":[4,3.81874,"EAX3W4_a4V"],"day":[6,4.09292,"M_4y1m7SX9PXGU"]});
