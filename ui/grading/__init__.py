"""The Inspect page and its views: the parcel, the questions, the decision."""
