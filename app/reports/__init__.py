"""Printed things: PDFs made with ReportLab (no Qt), for the counter app and the command line."""
