signpostSearch.piece(4,[
["999",1,[4,6]]]);
