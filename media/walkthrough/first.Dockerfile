# Your first Dockerfile: a small Python web app.
# Hover over any word, run "Explain", then fix one finding (the light bulb offers quick fixes).
# 첫 도커파일: 작은 파이썬 웹 앱입니다. 단어 위에 마우스를 올려 보고, "설명"을 실행한 뒤 검사 결과 하나를 고쳐 보세요.
FROM python:latest
WORKDIR app
RUN apt-get update
RUN apt-get install -y curl
COPY . .
RUN pip install -r requirements.txt
EXPOSE 8000
CMD python -m http.server 8000
