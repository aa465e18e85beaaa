marrowSearch.addVocab("da",{"damag":[5,5.13062,"XIa5K2g8_5N"],"dash":[1,2.39444,"XU_"],"data":[6,4.71636,"EC8JIhD_UjZBQ"],"databas":[4,3.81888,"EAX3W4_a4V"],"day":[6,4.09308,"M_4y1m7SX9PXGU"]});
