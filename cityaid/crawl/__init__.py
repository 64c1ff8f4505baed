"""crawl: web archives at scale — WARC files through the same pipeline, in one process or on Spark.

``extract`` maps ``cityaid.pipeline.extract_document`` over the documents of
one WARC file and turns the results into plain rows (what a Spark partition
returns and what the Parquet file holds); ``spark`` is the PySpark job that
runs it over many files.  The pyspark import lives only in ``spark``.
"""
