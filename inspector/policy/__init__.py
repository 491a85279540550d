"""The return policy as data: the file the business writes, read and checked line by line,
and the one verdict every request, parcel and unit gets from it."""
