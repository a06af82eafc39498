"""claims-ch builder: German news articles → atomic claims → Label Studio verification → HF dataset."""

__version__ = "0.1.0"
