import type { RuleText } from '../types';

export const TutorEntrypointIgnoresCmd: RuleText = {
  title: { en: 'CMD is not passed to a shell-form ENTRYPOINT', ko: '셸 형식 ENTRYPOINT에는 CMD가 전달되지 않음' },
  messages: {
    default: {
      en: 'This CMD has no effect: the ENTRYPOINT on line {line} is in shell form, which ignores CMD and the arguments of `docker run`. Write the ENTRYPOINT in exec form.',
      ko: '이 CMD는 효과가 없습니다. {line}번째 줄의 ENTRYPOINT가 셸 형식이라 CMD와 `docker run`의 인수를 무시합니다. ENTRYPOINT를 exec 형식으로 쓰십시오.',
    },
  },
  why: {
    en: 'When a container starts, Docker runs the ENTRYPOINT with the CMD appended as its arguments. A shell-form ENTRYPOINT is stored as `/bin/sh -c "<your command>"`, so the CMD words land after the script, as `$0`, `$1`…, which the script never reads: the container always runs the ENTRYPOINT alone, and `docker run image --flag` cannot pass options either. In exec form (`ENTRYPOINT ["app"]`) the CMD becomes the program\'s default arguments, and the program is process 1, so it also receives the stop signal.',
    ko: '컨테이너가 시작되면 도커는 ENTRYPOINT를 실행하고 CMD를 그 인수로 덧붙입니다. 셸 형식 ENTRYPOINT는 `/bin/sh -c "<명령>"`으로 저장되므로, CMD의 단어들은 스크립트 뒤에 `$0`, `$1`…로 붙을 뿐 스크립트가 읽지 않습니다. 그래서 컨테이너는 늘 ENTRYPOINT만 실행하고, `docker run 이미지 --옵션`으로 옵션을 넘길 수도 없습니다. exec 형식(`ENTRYPOINT ["app"]`)에서는 CMD가 프로그램의 기본 인수가 되고, 프로그램이 1번 프로세스가 되어 종료 시그널도 받습니다.',
  },
  bad: 'ENTRYPOINT python app.py\nCMD ["--port", "8080"]',
  good: 'ENTRYPOINT ["python", "app.py"]\nCMD ["--port", "8080"]',
  fix: {
    en: 'Write the ENTRYPOINT as a JSON array (`ENTRYPOINT ["python", "app.py"]`); if it needs a shell, end the script with `exec "$@"` in a script file, or put the whole command in CMD instead.',
    ko: 'ENTRYPOINT를 JSON 배열로 쓰십시오(`ENTRYPOINT ["python", "app.py"]`). 셸이 필요하다면 스크립트 파일의 끝에서 `exec "$@"`를 실행하거나, 명령 전체를 CMD에 두십시오.',
  },
  fixes: {
    toExecForm: { en: 'Convert the ENTRYPOINT to exec form', ko: 'ENTRYPOINT를 exec 형식으로 바꾸기' },
  },
};
