"""Overview chart, HTML report, exports and the weekly digest."""
